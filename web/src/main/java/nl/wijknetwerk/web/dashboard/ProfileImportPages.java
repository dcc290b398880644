package nl.wijknetwerk.web.dashboard;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.CsvUpload;
import nl.wijknetwerk.web.page.Form;
import nl.wijknetwerk.web.page.Pages;
import nl.wijknetwerk.web.page.Submission;

/**
 * The wijkprofiel (the ward's key figures beside the municipality's, e.g. from the municipality's ward monitor) replaced
 * from a CSV file or pasted text, sent on to the profile API as it is. Who may replace it (the network coordinator,
 * a manager) and whether each line is right is the API's answer; its objections, each naming a line and column, are
 * listed under the CSV in the page's language, and the text stays in the field to correct. The page shows the profile
 * as it is now below the form.
 */
@Path("/wards/{ward}/profile-import")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProfileImportPages extends CsvUploadPages {

    private final Gateway gateway;
    private final Pages pages;
    private final Template page;

    public ProfileImportPages(Gateway gateway, Pages pages, @Location("dashboard/profile-import.html") Template page) {
        this.gateway = gateway;
        this.pages = pages;
        this.page = page;
    }

    @GET
    public TemplateInstance form(@PathParam("ward") String ward, @QueryParam("done") String done, @QueryParam("figures") Integer figures) {
        return profilePage(ward, Form.empty()).data("flash", done).data("figureCount", figures);
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance profilePage(String ward, Form form) {
        Map<String, Object> profile = gateway.getObject("/api/wards/" + ward + "/profile");
        List<Map<String, Object>> figures = (List<Map<String, Object>>) profile.getOrDefault("figures", List.of());
        return pages.page(page, ward).data("form", form).data("problems", CsvUpload.problems(form)).data("importAction", "/wards/" + ward + "/profile-import").data("figures", figures)
                .data("flash", null).data("figureCount", null);
    }

    @Override
    Response send(String ward, String csv) {
        Form form = Form.empty().with("csv", csv);
        return Submission.submit(() -> gateway.putText("/api/wards/" + ward + "/profile", "text/csv", csv),
                replaced -> "/wards/" + ward + "/profile-import?done=replaced&figures=" + replaced.get("figures"),
                problem -> profilePage(ward, form.rejected(problem)));
    }
}
