package nl.wijknetwerk.web.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
 * Figures no service produces (pgb's, objections and appeals, GP visits, crises), imported per ward and period from a
 * CSV file or pasted text, sent on to the KPI API as it is. Who may import (coordinator, manager, controller) and
 * whether each line is right is the API's answer; its objections, each naming a line and column, are listed under
 * the CSV, and the text stays in the field to correct. After an import the page shows the imported indicators'
 * figures per period.
 */
@Path("/wards/{ward}/kpi-imports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class KpiImportPages extends CsvUploadPages {

    static final ZoneId WARD_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Gateway gateway;
    private final Pages pages;
    private final Template page;

    public KpiImportPages(Gateway gateway, Pages pages, @Location("dashboard/kpi-imports.html") Template page) {
        this.gateway = gateway;
        this.pages = pages;
        this.page = page;
    }

    @GET
    public TemplateInstance form(@PathParam("ward") String ward, @QueryParam("done") String done, @QueryParam("values") Integer values) {
        return importPage(ward, Form.empty()).data("flash", done).data("imported", values);
    }

    private TemplateInstance importPage(String ward, Form form) {
        List<String> periods = DashboardPages.periods(LocalDate.now(WARD_ZONE));
        List<KpiImportForm.Figures> figures = KpiImportForm.figures(periods,
                periods.stream().map(p -> gateway.getObject("/api/wards/" + ward + "/kpis?period=" + p)).toList());
        return pages.page(page, ward).data("form", form).data("problems", CsvUpload.problems(form)).data("importAction", "/wards/" + ward + "/kpi-imports").data("periods", periods)
                .data("figures", figures).data("flash", null).data("imported", null);
    }

    @Override
    Response send(String ward, String csv) {
        Form form = Form.empty().with("csv", csv);
        return Submission.submit(() -> gateway.postText("/api/wards/" + ward + "/kpis/imports", "text/csv", csv),
                imported -> "/wards/" + ward + "/kpi-imports?done=imported&values=" + imported.get("values"),
                problem -> importPage(ward, form.rejected(problem)));
    }
}
