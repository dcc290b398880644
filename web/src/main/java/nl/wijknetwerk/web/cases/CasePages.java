package nl.wijknetwerk.web.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.chart.SpiderChart;
import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.Form;
import nl.wijknetwerk.web.page.Pages;
import nl.wijknetwerk.web.page.Submission;

/**
 * The professional's case work along the Samenwerkwijze: the ward's case board, opening a case, the intake, the MDO
 * at home, the Samenwerkplan, wellbeing T0/T1/T2 and the kitchen-table view. Every change is one API call; a
 * refusal shows next to the field it names and changes nothing.
 */
@Path("/wards/{ward}/cases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    static final ZoneId WARD_ZONE = ZoneId.of("Europe/Amsterdam");
    /** The life domains offered when opening a case: case-service's fixed vocabulary (LifeDomain), in its order. */
    static final List<String> LIFE_DOMAINS = List.of("HOUSING", "FINANCES", "HEALTH", "MENTAL_HEALTH", "DAYTIME_ACTIVITY",
            "SOCIAL_NETWORK", "PARENTING", "SAFETY");
    static final List<String> ROUTES = List.of("INDIVIDUAL_AT_HOME", "GUIDED_TO_COLLECTIVE", "COLLECTIVE_DIRECT");
    static final List<String> DIMENSIONS = SpiderChart.DIMENSIONS;
    static final List<String> MOMENTS = List.of("T0", "T1", "T2");
    /** case-service's kinds of barrier (Barrier.Kind), in its order. */
    static final List<String> BARRIER_KINDS = List.of("PROTOCOL", "SYSTEM", "FUNDING_RULE", "WAITING_LIST", "LEGISLATION", "OTHER");
    static final List<String> PERFORMERS = List.of("RESIDENT", "NETWORK_MEMBER", "PROFESSIONAL");

    private final Gateway gateway;
    private final Pages pages;
    private final Template board;
    private final Template open;
    private final Template detail;
    private final Template plan;
    private final Template kitchen;

    public CasePages(Gateway gateway, Pages pages, @Location("cases/board.html") Template board,
            @Location("cases/new.html") Template open, @Location("cases/detail.html") Template detail,
            @Location("cases/plan.html") Template plan, @Location("cases/kitchen-table.html") Template kitchen) {
        this.gateway = gateway;
        this.pages = pages;
        this.board = board;
        this.open = open;
        this.detail = detail;
        this.plan = plan;
        this.kitchen = kitchen;
    }

    @GET
    public TemplateInstance board(@PathParam("ward") String ward) {
        List<Map<String, Object>> cases = gateway.getList("/api/wards/" + ward + "/cases?size=200");
        List<Map<String, Object>> due = gateway.getList("/api/wards/" + ward + "/wellbeing/due?size=200");
        String me = pages.viewer().username();
        Map<String, List<Map<String, Object>>> columns = new LinkedHashMap<>();
        columns.put("mine", cases.stream().filter(c -> me.equals(c.get("openedBy")) && !"CLOSED".equals(c.get("status"))).toList());
        columns.put("new", byStatus(cases, "OPEN"));
        columns.put("mdo_planned", byStatus(cases, "MDO_PLANNED"));
        columns.put("plan_in_progress", cases.stream().filter(c -> "PLAN_AGREED".equals(c.get("status")) || "IN_PROGRESS".equals(c.get("status"))).toList());
        columns.put("declined", byStatus(cases, "DECLINED"));
        return pages.page(board, ward).data("columns", columns).data("due", due).data("flash", null);
    }

    private static List<Map<String, Object>> byStatus(List<Map<String, Object>> cases, String status) {
        return cases.stream().filter(c -> status.equals(c.get("status"))).toList();
    }

    @GET
    @Path("new")
    public TemplateInstance openForm(@PathParam("ward") String ward) {
        return newCase(ward, Form.empty().with("triageRoute", "INDIVIDUAL_AT_HOME"));
    }

    private TemplateInstance newCase(String ward, Form form) {
        return pages.page(open, ward).data("form", form).data("domains", LIFE_DOMAINS).data("routes", ROUTES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object openCase(@PathParam("ward") String ward, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> {
            String residentId = form.optional("residentId");
            if (residentId == null && form.optional("resident.name") != null) {
                Map<String, Object> resident = new LinkedHashMap<>();
                resident.put("name", form.optional("resident.name"));
                putIfPresent(resident, "street", form.optional("resident.street"));
                putIfPresent(resident, "postalCode", form.optional("resident.postalCode"));
                putIfPresent(resident, "city", form.optional("resident.city"));
                putIfPresent(resident, "phone", form.optional("resident.phone"));
                residentId = String.valueOf(ApiProblem.renaming(() -> gateway.post("/api/wards/" + ward + "/residents", resident), field -> "resident." + field).get("id"));
                // Kept in the form, so correcting the case does not register the resident twice.
                form.with("residentId", residentId);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "COLLECTIVE_DIRECT".equals(form.value("triageRoute")) ? "COLLECTIVE" : "INDIVIDUAL");
            putIfPresent(body, "residentId", residentId);
            body.put("question", form.value("question"));
            body.put("lifeDomains", form.values("lifeDomains"));
            body.put("startedBy", form.optional("startedBy") == null ? "PROFESSIONAL" : form.value("startedBy"));
            putIfPresent(body, "triageRoute", form.optional("triageRoute"));
            return gateway.post("/api/wards/" + ward + "/cases", body);
        }, created -> "/wards/" + ward + "/cases/" + created.get("id") + "?done=opened", problem -> newCase(ward, form.rejected(problem)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("ward") String ward, @PathParam("id") String id, @QueryParam("done") String done) {
        return caseDetail(ward, id, Map.of()).data("flash", done);
    }

    /** The case with everything on it; {@code forms} holds a rejected form to show again with its errors. */
    private TemplateInstance caseDetail(String ward, String id, Map<String, Form> forms) {
        String base = "/api/wards/" + ward + "/cases/" + id;
        Map<String, Object> c = gateway.getObject(base);
        Map<String, Object> resident = c.get("residentId") == null ? null
                : gateway.getOptional("/api/wards/" + ward + "/residents/" + c.get("residentId"));
        Map<String, Object> intake = gateway.getOptional(base + "/intake");
        List<Map<String, Object>> mdos = gateway.getList(base + "/mdos");
        Map<String, Object> currentPlan = gateway.getOptional(base + "/plan");
        Map<String, Object> wellbeing = gateway.getOptional(base + "/wellbeing");
        List<Map<String, Object>> professionals = professionals(ward);
        TemplateInstance page = pages.page(detail, ward).data("c", c).data("resident", resident).data("intake", intake)
                .data("mdos", mdos).data("plan", currentPlan).data("wellbeing", wellbeing).data("professionals", professionals)
                .data("dimensions", DIMENSIONS).data("moments", MOMENTS).data("charts", SpiderChart.of(wellbeing, pages.locale()))
                .data("flash", null).data("today", LocalDate.now(WARD_ZONE).toString());
        Form intakeForm = forms.getOrDefault("intake", intake == null ? Form.empty()
                : Form.empty().with("iWant", intake.get("iWant")).with("iCan", intake.get("iCan")).with("iNeed", intake.get("iNeed")));
        Form mdoForm = forms.getOrDefault("mdo", Form.empty().with("plannedAt", LocalDate.now(WARD_ZONE).plusDays(1) + "T10:00")
                .with("professional", pages.viewer().username()));
        List<Map<String, Object>> analyses = gateway.getList(base + "/micro-analysis");
        Map<String, Object> priceList = newestPriceList();
        List<Map<String, Object>> barriers = gateway.getList(base + "/barriers");
        Form resolveForm = forms.getOrDefault("resolve", Form.empty());
        // The barrier whose resolution was refused shows its form open again, with what was typed and the objection.
        barriers.forEach(b -> b.put("resolving", String.valueOf(b.get("id")).equals(resolveForm.value("barrier"))));
        page.data("barriers", barriers).data("barrierKinds", BARRIER_KINDS)
                .data("barrierForm", forms.getOrDefault("barrier", Form.empty().with("kind", "FUNDING_RULE")))
                .data("analyses", analyses.stream().map(a -> Map.of("a", a, "rows", MicroAnalysisTable.rows(a))).toList())
                .data("resolveForm", resolveForm)
                .data("priceList", priceList).data("scenarios", MicroAnalysisForm.SCENARIOS)
                .data("maRows", java.util.stream.IntStream.range(0, MicroAnalysisForm.ROWS).boxed().toList())
                .data("maForm", forms.getOrDefault("micro-analysis", Form.empty()
                        .with("edition", priceList == null ? null : priceList.get("edition"))
                        .with("caseType", analyses.isEmpty() ? "EXISTING" : analyses.get(analyses.size() - 1).get("caseType"))));
        return page.data("intakeForm", intakeForm).data("mdoForm", mdoForm)
                .data("heldForm", forms.getOrDefault("held", Form.empty().with("heldOn", LocalDate.now(WARD_ZONE))))
                .data("wellbeingForm", forms.getOrDefault("wellbeing", Form.empty().with("moment", nextMoment(wellbeing))))
                .data("dropForm", forms.getOrDefault("drop", Form.empty()));
    }

    /** The price list a new micro-analysis is priced from: the newest edition, with its items; none when there is none. */
    private Map<String, Object> newestPriceList() {
        try {
            List<Map<String, Object>> editions = gateway.getList("/api/price-lists");
            return editions.isEmpty() ? null : gateway.getObject("/api/price-lists/" + editions.get(0).get("edition"));
        } catch (ApiProblem p) {
            return null;
        }
    }

    private List<Map<String, Object>> professionals(String ward) {
        try {
            return gateway.getList("/api/wards/" + ward + "/professionals?active=true");
        } catch (ApiProblem p) {
            return List.of();
        }
    }

    /** Each professional of the ward's network with their organisation; the signed-in person at least. */
    private Map<String, String> organisations(String ward) {
        Map<String, String> organisationOf = new LinkedHashMap<>();
        professionals(ward).forEach(p -> organisationOf.put(String.valueOf(p.get("id")), String.valueOf(p.get("organisationId"))));
        organisationOf.putIfAbsent(pages.viewer().username(), pages.viewer().organisation());
        return organisationOf;
    }

    @SuppressWarnings("unchecked")
    private static String nextMoment(Map<String, Object> wellbeing) {
        if (wellbeing == null) {
            return "T0";
        }
        for (Map<String, Object> m : (List<Map<String, Object>>) wellbeing.getOrDefault("schedule", List.of())) {
            if (m.get("measuredOn") == null) {
                return String.valueOf(m.get("moment"));
            }
        }
        return "T0";
    }

    @POST
    @Path("{id}/intake")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object intake(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return change(ward, id, "intake", form, "intake", () -> gateway.put(path(ward, id, "/intake"),
                Map.of("iWant", form.value("iWant"), "iCan", form.value("iCan"), "iNeed", form.value("iNeed"))));
    }

    @POST
    @Path("{id}/mdos")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object planMdo(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return change(ward, id, "mdo", form, "mdo_planned", () -> {
            Map<String, Object> c = gateway.getObject(path(ward, id, ""));
            List<Map<String, Object>> participants = new ArrayList<>();
            if (c.get("residentId") != null) {
                participants.add(Map.of("kind", "RESIDENT", "residentId", c.get("residentId")));
            }
            Map<String, String> organisationOf = organisations(ward);
            for (String professional : form.values("professional")) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("kind", "PROFESSIONAL");
                p.put("professionalId", professional);
                putIfPresent(p, "organisation", organisationOf.get(professional));
                participants.add(p);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("plannedAt", plannedAt(form.value("plannedAt")));
            putIfPresent(body, "place", form.optional("place"));
            putIfPresent(body, "placeReason", form.optional("placeReason"));
            body.put("participants", participants);
            return gateway.post(path(ward, id, "/mdos"), body);
        });
    }

    /** The local date and time of the form in the ward's zone, as the API's offset date-time; as typed if unreadable. */
    static Object plannedAt(String local) {
        try {
            return LocalDateTime.parse(local).atZone(WARD_ZONE).toOffsetDateTime().toString();
        } catch (RuntimeException e) {
            return local.isBlank() ? null : local;
        }
    }

    @POST
    @Path("{id}/mdos/{mdo}/held")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object mdoHeld(@PathParam("ward") String ward, @PathParam("id") String id, @PathParam("mdo") String mdo,
            MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return change(ward, id, "held", form, "mdo_held", () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            putIfPresent(body, "heldOn", form.optional("heldOn"));
            body.put("residentPresent", form.checked("residentPresent", "true"));
            body.put("consentToShare", form.checked("consentToShare", "true"));
            putIfPresent(body, "notes", form.optional("notes"));
            List<String> absent = form.values("absent");
            if (!absent.isEmpty()) {
                body.put("absentParticipants", absent);
            }
            return gateway.post(path(ward, id, "/mdos/" + mdo + "/held"), body);
        });
    }

    @POST
    @Path("{id}/wellbeing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object wellbeing(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return change(ward, id, "wellbeing", form, "wellbeing", () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("moment", form.value("moment"));
            body.put("score", number(form.value("score")));
            putIfPresent(body, "measuredOn", form.optional("measuredOn"));
            Map<String, Object> health = new LinkedHashMap<>();
            for (String dimension : DIMENSIONS) {
                putIfPresent(health, dimension, form.optional("positiveHealth." + dimension) == null ? null
                        : number(form.value("positiveHealth." + dimension)));
            }
            if (!health.isEmpty()) {
                body.put("positiveHealth", health);
            }
            return gateway.post(path(ward, id, "/wellbeing"), body);
        });
    }

    /** Reports a barrier that blocks the agreed solution; the API's objections show under the barrier form's fields. */
    @POST
    @Path("{id}/barriers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reportBarrier(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return change(ward, id, "barrier", form, "barrier_reported", () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", form.optional("kind"));
            body.put("description", form.value("description"));
            putIfPresent(body, "ownerOrganisation", form.optional("ownerOrganisation"));
            putIfPresent(body, "agreementId", form.optional("agreementId"));
            putIfPresent(body, "reportedOn", form.optional("reportedOn"));
            return gateway.post(path(ward, id, "/barriers"), body);
        });
    }

    /** Records that a barrier was removed, and how; the objection shows under the resolution of that barrier. */
    @POST
    @Path("{id}/barriers/{barrier}/resolved")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object resolveBarrier(@PathParam("ward") String ward, @PathParam("id") String id, @PathParam("barrier") String barrier,
            MultivaluedMap<String, String> values) {
        Form form = Form.of(values).with("barrier", barrier);
        return change(ward, id, "resolve", form, "barrier_resolved", () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("resolution", form.value("resolution"));
            putIfPresent(body, "resolvedOn", form.optional("resolvedOn"));
            return gateway.post(path(ward, id, "/barriers/" + barrier + "/resolved"), body);
        });
    }

    /** A micro-analysis priced from the price list: three scenarios of items and quantities a year. */
    @POST
    @Path("{id}/micro-analysis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object analyse(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        MicroAnalysisForm.Body body = MicroAnalysisForm.body(form);
        return change(ward, id, "micro-analysis", form, "micro_analysis",
                () -> ApiProblem.renaming(() -> gateway.post(path(ward, id, "/micro-analysis"), body.json()), body::formField));
    }

    @POST
    @Path("{id}/start")
    public Object start(@PathParam("ward") String ward, @PathParam("id") String id) {
        return change(ward, id, "plan", Form.empty(), "started", () -> gateway.post(path(ward, id, "/start"), Map.of()));
    }

    @POST
    @Path("{id}/plan/agreements/{agreement}/done")
    public Object agreementDone(@PathParam("ward") String ward, @PathParam("id") String id, @PathParam("agreement") String agreement) {
        return change(ward, id, "drop", Form.empty(), "agreement_done",
                () -> gateway.post(path(ward, id, "/plan/agreements/" + agreement + "/done"), Map.of()));
    }

    @POST
    @Path("{id}/plan/agreements/{agreement}/dropped")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object agreementDropped(@PathParam("ward") String ward, @PathParam("id") String id,
            @PathParam("agreement") String agreement, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return change(ward, id, "drop", form, "agreement_dropped",
                () -> gateway.post(path(ward, id, "/plan/agreements/" + agreement + "/dropped"), Map.of("reason", form.value("reason"))));
    }

    @GET
    @Path("{id}/plan")
    public TemplateInstance planEditor(@PathParam("ward") String ward, @PathParam("id") String id) {
        Map<String, Object> current = gateway.getOptional(path(ward, id, "/plan"));
        return planPage(ward, id, PlanForm.of(current));
    }

    private TemplateInstance planPage(String ward, String id, Form form) {
        Map<String, Object> c = gateway.getObject(path(ward, id, ""));
        return pages.page(plan, ward).data("c", c).data("form", form).data("rows", PlanForm.rows(form))
                .data("professionals", professionals(ward)).data("performers", PERFORMERS);
    }

    @POST
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object agreePlan(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> gateway.put(path(ward, id, "/plan"), PlanForm.body(form, organisations(ward))),
                "/wards/" + ward + "/cases/" + id + "?done=plan_agreed", problem -> planPage(ward, id, form.rejected(problem)));
    }

    @GET
    @Path("{id}/kitchen-table")
    public TemplateInstance kitchenTable(@PathParam("ward") String ward, @PathParam("id") String id) {
        String base = path(ward, id, "");
        Map<String, Object> c = gateway.getObject(base);
        Map<String, Object> wellbeing = gateway.getOptional(base + "/wellbeing");
        return pages.page(kitchen, ward).data("c", c).data("intake", gateway.getOptional(base + "/intake"))
                .data("plan", gateway.getOptional(base + "/plan")).data("wellbeing", wellbeing)
                .data("charts", SpiderChart.of(wellbeing, pages.locale()));
    }

    /** One change to the case: on success back to the case with a confirmation, on refusal the case with the form's errors. */
    private Response change(String ward, String id, String formName, Form form, String done, java.util.function.Supplier<?> call) {
        return Submission.submit(call, "/wards/" + ward + "/cases/" + id + "?done=" + done + "#" + formName,
                problem -> caseDetail(ward, id, Map.of(formName, form.rejected(problem))));
    }

    private static String path(String ward, String id, String rest) {
        return "/api/wards/" + ward + "/cases/" + id + rest;
    }

    static Object number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return value.isBlank() ? null : value;
        }
    }

    static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

}
