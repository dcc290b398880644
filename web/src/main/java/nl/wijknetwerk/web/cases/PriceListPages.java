package nl.wijknetwerk.web.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.Form;
import nl.wijknetwerk.web.page.Pages;
import nl.wijknetwerk.web.page.Submission;

/**
 * The Maatschappelijke Prijslijst that micro-analyses are priced from: its editions (shared by every ward), one
 * edition's items, and a new edition typed row by row (or started from an existing one). Anyone signed in reads them;
 * who may add an edition (the coordinator) the API decides, and it keeps an edition a micro-analysis used from changing.
 */
@Path("/price-lists")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PriceListPages {

    private final Gateway gateway;
    private final Pages pages;
    private final Template list;
    private final Template edition;
    private final Template newEdition;

    public PriceListPages(Gateway gateway, Pages pages, @Location("pricelist/editions.html") Template list,
            @Location("pricelist/edition.html") Template edition, @Location("pricelist/new.html") Template newEdition) {
        this.gateway = gateway;
        this.pages = pages;
        this.list = list;
        this.edition = edition;
        this.newEdition = newEdition;
    }

    @GET
    public TemplateInstance editions() {
        return pages.page(list, null).data("editions", gateway.getList("/api/price-lists"));
    }

    @GET
    @Path("{edition}")
    public TemplateInstance edition(@PathParam("edition") String name, @QueryParam("done") String done) {
        return pages.page(edition, null).data("e", gateway.getObject("/api/price-lists/" + encoded(name))).data("flash", done);
    }

    /** The form for a new edition: empty, or filled with the items of the edition named in {@code from}. */
    @GET
    @Path(PriceListForm.NEW)
    public TemplateInstance newEdition(@QueryParam("from") String from) {
        Map<String, Object> base = from == null || from.isBlank() ? null : gateway.getObject("/api/price-lists/" + encoded(from));
        return newPage(PriceListForm.copyOf(base)).data("from", base);
    }

    private TemplateInstance newPage(Form form) {
        return pages.page(newEdition, null).data("form", form).data("from", null).data("domains", PriceListForm.DOMAINS).data("columns", PriceListForm.COLUMNS)
                .data("rows", IntStream.range(0, PriceListForm.rowCount(form)).boxed().toList())
                .data("editions", gateway.getList("/api/price-lists"));
    }

    /** The rows as the API's CSV: {@code PUT /api/price-lists/{edition}?year=&title=}; objections land under the cell they name. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        if (PriceListForm.NEW.equals(PriceListForm.edition(form))) {
            // The edition's page would be /price-lists/new: this form's own address, so it could never be opened.
            return Submission.again(400, newPage(form.error("edition", pages.messages(PriceListMsg.class).prl_edition_reserved())));
        }
        PriceListForm.Body body = PriceListForm.body(form);
        String path = "/api/price-lists/" + encoded(PriceListForm.edition(form)) + "?title=" + encoded(form.value("title").strip())
                + PriceListForm.year(form).map(y -> "&year=" + y).orElse("");
        return Submission.submit(() -> ApiProblem.renaming(() -> gateway.putText(path, "text/csv", body.csv()), body::formField),
                saved -> "/price-lists/" + encoded(String.valueOf(saved.get("edition"))) + "?done=saved",
                problem -> newPage(form.rejected(problem)));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
