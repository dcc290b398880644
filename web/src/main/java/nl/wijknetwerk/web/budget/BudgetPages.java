package nl.wijknetwerk.web.budget;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.CsvUpload;
import nl.wijknetwerk.web.page.Form;
import nl.wijknetwerk.web.page.Pages;
import nl.wijknetwerk.web.page.Submission;

/**
 * The controller's and financier's pages of the ward budget: the year with its funding sources and the multi-year
 * frame, utilisation with the projection to year end, the allocation per category and provider, commitments from
 * agreed plans, spending with approval, and the year-end settlement. All through the budget API; what a role may
 * change (allocate, approve, settle: the controller) the API decides, the page only offers it.
 */
@Path("/wards/{ward}/budget")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BudgetPages {

    static final ZoneId WARD_ZONE = ZoneId.of("Europe/Amsterdam");
    /** budget-service's categories (Category), in its order. */
    static final List<String> CATEGORIES = List.of("PROVIDER", "COLLECTIVE_PROVISION", "RESIDENT_INITIATIVE", "VOORLIGGEND",
            "MAATWERK", "RESERVE");

    private final Gateway gateway;
    private final Pages pages;
    private final Template overview;
    private final Template allocations;
    private final Template commitments;
    private final Template spending;
    private final Template settlement;

    public BudgetPages(Gateway gateway, Pages pages, @Location("budget/overview.html") Template overview,
            @Location("budget/allocations.html") Template allocations, @Location("budget/commitments.html") Template commitments,
            @Location("budget/spending.html") Template spending, @Location("budget/settlement.html") Template settlement) {
        this.gateway = gateway;
        this.pages = pages;
        this.overview = overview;
        this.allocations = allocations;
        this.commitments = commitments;
        this.spending = spending;
        this.settlement = settlement;
    }

    private static String api(String ward) {
        return "/api/wards/" + ward + "/budgets";
    }

    private static String api(String ward, int year) {
        return api(ward) + "/" + year;
    }

    /** The year shown when none is chosen: this year when it has a budget, else the latest year that has one. */
    static Integer defaultYear(List<Map<String, Object>> budgets, int thisYear) {
        Integer latest = null;
        for (Map<String, Object> b : budgets) {
            int year = ((Number) b.get("year")).intValue();
            if (year == thisYear) {
                return year;
            }
            latest = latest == null || year > latest ? year : latest;
        }
        return latest;
    }

    /** A page of one year: the tabs, the year picker and the person's language. */
    private TemplateInstance yearPage(Template template, String ward, int year, String tab) {
        return pages.page(template, ward).data("year", year).data("tab", tab).data("budgets", gateway.getList(api(ward)))
                .data("flash", null);
    }

    @GET
    public TemplateInstance overview(@PathParam("ward") String ward, @QueryParam("year") Integer year, @QueryParam("done") String done) {
        return overviewPage(ward, year, Map.of()).data("flash", done);
    }

    /** The year's budget, its frame and, for the financier, the forms to agree a frame and amend a year's sources. */
    private TemplateInstance overviewPage(String ward, Integer year, Map<String, Form> forms) {
        List<Map<String, Object>> budgets = gateway.getList(api(ward));
        int thisYear = LocalDate.now(WARD_ZONE).getYear();
        Integer chosen = year != null ? year : defaultYear(budgets, thisYear);
        List<Map<String, Object>> agreements = optionalList(api(ward) + "/agreements");
        Form agreementForm = forms.getOrDefault("agreement", Form.empty().with("firstYear", thisYear).with("lastYear", thisYear + 4));
        if (chosen == null) {
            return pages.page(overview, ward).data("year", null).data("tab", "overview").data("budgets", budgets)
                    .data("o", null).data("chart", null).data("agreements", agreements).data("revisions", List.of()).data("flash", null)
                    .data("sourceKinds", SourcesForm.KINDS).data("agreementForm", agreementForm).data("sourcesForm", Form.empty());
        }
        Map<String, Object> o = gateway.getObject(api(ward, chosen));
        BudgetMsg msg = pages.messages(BudgetMsg.class);
        return pages.page(overview, ward).data("year", chosen).data("tab", "overview").data("budgets", budgets).data("o", o)
                .data("chart", UtilisationChart.of(o, msg, pages.locale().getLanguage())).data("agreements", agreements)
                .data("revisions", optionalList(api(ward, chosen) + "/revisions")).data("flash", null)
                .data("sourceKinds", SourcesForm.KINDS).data("agreementForm", agreementForm)
                .data("sourcesForm", forms.getOrDefault("sources", SourcesForm.of(o)));
    }

    /** The financier agrees a multi-year budget: the same sources for each year of it. */
    @POST
    @Path("agreements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object agree(@PathParam("ward") String ward, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        SourcesForm.Body body = SourcesForm.agreement(form);
        return Submission.submit(() -> ApiProblem.renaming(() -> gateway.post(api(ward) + "/agreements", body.json()), body::formField),
                "/wards/" + ward + "/budget?year=" + form.value("firstYear") + "&done=agreement_made",
                problem -> overviewPage(ward, null, Map.of("agreement", form.rejected(problem))));
    }

    /** The financier amends one year's sources (with a reason once the year has started). */
    @POST
    @Path("{year}/sources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object amendSources(@PathParam("ward") String ward, @PathParam("year") int year, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        SourcesForm.Body body = SourcesForm.amendment(form);
        return Submission.submit(() -> ApiProblem.renaming(() -> gateway.put(api(ward, year) + "/sources", body.json()), body::formField),
                "/wards/" + ward + "/budget?year=" + year + "&done=sources_amended",
                problem -> overviewPage(ward, year, Map.of("sources", form.rejected(problem))));
    }


    /** A part the person's role may not read (the revisions for a manager, say) is left out, not an error. */
    private List<Map<String, Object>> optionalList(String path) {
        try {
            return gateway.getList(path);
        } catch (ApiProblem p) {
            if (p.status == 403 || p.status == 404) {
                return List.of();
            }
            throw p;
        }
    }

    /** The providers the ward budget can pay: those in the financial experiment. */
    private List<Map<String, Object>> experimentProviders(String ward) {
        return optionalList("/api/wards/" + ward + "/providers").stream()
                .filter(p -> "FINANCIAL_EXPERIMENT".equals(p.get("participation"))).toList();
    }

    @GET
    @Path("{year}/allocations")
    public TemplateInstance allocations(@PathParam("ward") String ward, @PathParam("year") int year, @QueryParam("done") String done) {
        return allocationPage(ward, year, Form.empty().with("category", "PROVIDER")).data("flash", done);
    }

    private TemplateInstance allocationPage(String ward, int year, Form form) {
        return yearPage(allocations, ward, year, "allocations").data("o", gateway.getObject(api(ward, year)))
                .data("lines", gateway.getList(api(ward, year) + "/allocations")).data("providers", experimentProviders(ward))
                .data("categories", CATEGORIES).data("form", form);
    }

    @POST
    @Path("{year}/allocations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object allocate(@PathParam("ward") String ward, @PathParam("year") int year, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", form.optional("category"));
        if ("PROVIDER".equals(form.value("category"))) {
            body.put("providerId", form.optional("providerId"));
            body.put("lumpSumPercent", typedNumber(form.optional("lumpSumPercent")));
        }
        body.put("amountCents", euros(form.optional("amountCents")));
        return Submission.submit(() -> gateway.put(api(ward, year) + "/allocations", body), page(ward, year, "allocations", "allocated"),
                problem -> allocationPage(ward, year, rejected(form, problem)));
    }

    @GET
    @Path("{year}/commitments")
    public TemplateInstance commitments(@PathParam("ward") String ward, @PathParam("year") int year) {
        return yearPage(commitments, ward, year, "commitments").data("lines", gateway.getList(api(ward, year) + "/commitments"))
                .data("o", gateway.getObject(api(ward, year)));
    }

    @GET
    @Path("{year}/spending")
    public TemplateInstance spending(@PathParam("ward") String ward, @PathParam("year") int year, @QueryParam("done") String done,
            @QueryParam("recorded") Integer recorded, @QueryParam("pending") Integer pending, @QueryParam("known") Integer known) {
        TemplateInstance page = spendingPage(ward, year, Form.empty(), newSpending(year), Form.empty());
        if ("imported".equals(done)) {
            return page.data("imported", Map.of("recorded", orZero(recorded), "pending", orZero(pending), "known", orZero(known)));
        }
        return page.data("flash", done);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    /** The record form as it starts: spent today when the year is this year, else on the year's first day. */
    private static Form newSpending(int year) {
        LocalDate today = LocalDate.now(WARD_ZONE);
        return Form.empty().with("category", "PROVIDER").with("spentOn", today.getYear() == year ? today : LocalDate.of(year, 1, 1));
    }

    /**
     * What waits for approval first (oldest first), then the rest, latest first; for the controller the forms to record
     * one spending and to import a provider's export.
     */
    private TemplateInstance spendingPage(String ward, int year, Form decision, Form record, Form imported) {
        List<Map<String, Object>> all = gateway.getList(api(ward, year) + "/spending");
        List<Map<String, Object>> pending = all.stream().filter(s -> "PENDING_APPROVAL".equals(s.get("status"))).toList();
        List<Map<String, Object>> decided = new ArrayList<>(all.stream().filter(s -> !"PENDING_APPROVAL".equals(s.get("status"))).toList());
        decided.sort(Comparator.comparing((Map<String, Object> s) -> String.valueOf(s.get("spentOn"))).reversed());
        return yearPage(spending, ward, year, "spending").data("pending", pending).data("decided", decided)
                .data("o", gateway.getObject(api(ward, year))).data("decision", decision).data("form", record)
                .data("providers", experimentProviders(ward)).data("categories", CATEGORIES).data("importForm", imported)
                .data("importProblems", CsvUpload.problems(imported)).data("importAction", "/wards/" + ward + "/budget/" + year + "/spending/import")
                .data("imported", null);
    }

    /** One spending recorded by hand; the API decides whether it counts at once or waits for approval. */
    @POST
    @Path("{year}/spending")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("ward") String ward, @PathParam("year") int year, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> gateway.post(api(ward, year) + "/spending", SpendingForm.body(form)),
                recorded -> page(ward, year, "spending", SpendingForm.done(recorded)),
                problem -> spendingPage(ward, year, Form.empty(), rejected(form, problem), Form.empty()));
    }

    /** A provider's spending export, chosen as a file or pasted: all rows or none. */
    @POST
    @Path("{year}/spending/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importSpending(@PathParam("ward") String ward, @PathParam("year") int year, @RestForm("file") FileUpload file,
            @RestForm("csv") String pasted) {
        return importSpending(ward, year, CsvUpload.csv(CsvUpload.read(file), pasted));
    }

    /** The same from a form without a file (pasted text only). */
    @POST
    @Path("{year}/spending/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importPastedSpending(@PathParam("ward") String ward, @PathParam("year") int year, @RestForm("csv") String pasted) {
        return importSpending(ward, year, CsvUpload.csv(null, pasted));
    }

    private Response importSpending(String ward, int year, String csv) {
        Form form = Form.empty().with("csv", csv);
        return Submission.submit(() -> gateway.postText(api(ward, year) + "/spending/import", "text/csv", csv),
                result -> "/wards/" + ward + "/budget/" + year + "/spending?done=imported&recorded=" + result.get("recorded")
                        + "&pending=" + result.get("pendingApproval") + "&known=" + result.get("alreadyKnown"),
                problem -> spendingPage(ward, year, Form.empty(), newSpending(year), form.rejected(problem)));
    }

    @POST
    @Path("{year}/spending/{id}/approval")
    public Object approve(@PathParam("ward") String ward, @PathParam("year") int year, @PathParam("id") String id) {
        return decide(ward, year, id, "approval", "approved");
    }

    @POST
    @Path("{year}/spending/{id}/rejection")
    public Object reject(@PathParam("ward") String ward, @PathParam("year") int year, @PathParam("id") String id) {
        return decide(ward, year, id, "rejection", "rejected");
    }

    /** A refusal (already decided, the year settled) is shown at the spending it is about. */
    private Object decide(String ward, int year, String id, String decision, String done) {
        return Submission.submit(() -> gateway.post(api(ward, year) + "/spending/" + id + "/" + decision, Map.of()),
                page(ward, year, "spending", done), problem -> {
                    Form form = Form.empty().rejected(problem);
                    return spendingPage(ward, year, form.error(id, problem.detail != null ? problem.detail : problem.title), newSpending(year),
                            Form.empty());
                });
    }

    @GET
    @Path("{year}/settlement")
    public TemplateInstance settlement(@PathParam("ward") String ward, @PathParam("year") int year, @QueryParam("done") String done) {
        return settlementPage(ward, year, confirmed(ward, year), Form.empty()).data("flash", done);
    }

    private Map<String, Object> confirmed(String ward, int year) {
        try {
            return gateway.getObject(api(ward, year) + "/settlement");
        } catch (ApiProblem p) {
            if (p.status == 404 || p.status == 403) {
                return null;
            }
            throw p;
        }
    }

    private TemplateInstance settlementPage(String ward, int year, Map<String, Object> shown, Form form) {
        return yearPage(settlement, ward, year, "settlement").data("s", shown).data("o", gateway.getObject(api(ward, year)))
                .data("form", form);
    }

    /** Preview (nothing written) or confirm (final) the settlement; the API says why a year cannot be settled yet. */
    @POST
    @Path("{year}/settlement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object settle(@PathParam("ward") String ward, @PathParam("year") int year, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        boolean confirm = "confirm".equals(form.value("action"));
        try {
            Map<String, Object> result = gateway.post(api(ward, year) + "/settlement", Map.of("confirm", confirm));
            if (confirm) {
                return Submission.seeOther("/wards/" + ward + "/budget/" + year + "/settlement?done=settled");
            }
            return settlementPage(ward, year, result, form);
        } catch (ApiProblem problem) {
            if (!problem.isInvalidInput()) {
                throw problem;
            }
            return Response.status(problem.status).entity(settlementPage(ward, year, confirmed(ward, year), form.rejected(problem))).build();
        }
    }

    /**
     * The API's refusal on a form with an amount in euros: where what was typed is no amount at all, the API could only
     * say the cents it was sent are unreadable, so the page says what to type instead.
     */
    private Form rejected(Form form, ApiProblem problem) {
        form.rejected(problem);
        String typed = form.optional("amountCents");
        if (form.hasError("amountCents") && typed != null && Money.cents(typed) == null) {
            form.error("amountCents", pages.messages(BudgetMsg.class).budget_amount_unreadable());
        }
        return form;
    }

    private static String page(String ward, int year, String tab, String done) {
        return "/wards/" + ward + "/budget/" + year + "/" + tab + "?done=" + done;
    }

    /** Euros as typed to the API's cents; what is no amount goes as typed, so the API names the field. */
    static Object euros(String typed) {
        if (typed == null) {
            return null;
        }
        Long cents = Money.cents(typed);
        return cents != null ? (Object) cents : typed;
    }

    static Object typedNumber(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return typed;
        }
    }

}
