package nl.wijknetwerk.web.coordinator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The network coordinator's pages for the network itself: the wards (onboard, suspend, activate), a ward's
 * organisations and professionals, every organisation's participation per ward, and a professional's wards. Each
 * change is one API call; whether the person may make it is the API's answer, not this page's. Also learning
 * together in a ward: the leersessies with tables and attendance, a session's intervision rounds and (anonymous)
 * reflection cards, and each professional's leerplan progress against the ward's targets. One resource class for all
 * of {@code /network}, so every path under it resolves here.
 */
@Path("/network")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NetworkPages {

    static final ZoneId WARD_ZONE = ZoneId.of(NetworkForms.DEFAULT_ZONE);

    private final Gateway gateway;
    private final Pages pages;
    private final Template wards;
    private final Template ward;
    private final Template organisations;
    private final Template professional;
    private final Template sessions;
    private final Template session;
    private final Template leerplan;
    private final Template professionalLeerplan;

    public NetworkPages(Gateway gateway, Pages pages, @Location("coordinator/wards.html") Template wards,
            @Location("coordinator/ward.html") Template ward, @Location("coordinator/organisations.html") Template organisations,
            @Location("coordinator/professional.html") Template professional, @Location("coordinator/leersessies.html") Template sessions,
            @Location("coordinator/leersessie.html") Template session, @Location("coordinator/leerplan.html") Template leerplan,
            @Location("coordinator/professional-leerplan.html") Template professionalLeerplan) {
        this.gateway = gateway;
        this.pages = pages;
        this.wards = wards;
        this.ward = ward;
        this.organisations = organisations;
        this.professional = professional;
        this.sessions = sessions;
        this.session = session;
        this.leerplan = leerplan;
        this.professionalLeerplan = professionalLeerplan;
    }

    @GET
    public Response start() {
        return Submission.seeOther("/network/wards");
    }

    @GET
    @Path("wards")
    public TemplateInstance wards(@QueryParam("done") String done) {
        return wardList(Form.empty().with("municipality", "Oss").with("timeZone", NetworkForms.DEFAULT_ZONE)
                .with("startDate", today()), null).data("flash", done);
    }

    private TemplateInstance wardList(Form onboard, Form status) {
        return pages.page(wards, null).data("list", gateway.getList("/api/wards")).data("form", onboard)
                .data("statusForm", status == null ? Form.empty() : status).data("flash", null);
    }

    @POST
    @Path("wards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> gateway.post("/api/wards", NetworkForms.onboardWard(form)),
                created -> "/network/wards/" + created.get("slug") + "?done=ward_onboarded",
                problem -> wardList(form.rejected(problem), null));
    }

    @POST
    @Path("wards/{ward}/suspension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("ward") String slug, MultivaluedMap<String, String> values) {
        return changeStatus(slug, "suspension", "ward_suspended", Form.of(values));
    }

    @POST
    @Path("wards/{ward}/activation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("ward") String slug, MultivaluedMap<String, String> values) {
        return changeStatus(slug, "activation", "ward_activated", Form.of(values));
    }

    private Response changeStatus(String slug, String change, String done, Form form) {
        return Submission.submit(() -> gateway.post("/api/wards/" + slug + "/" + change, NetworkForms.statusChange(form)),
                changed -> "/network/wards?done=" + done, problem -> wardList(defaultOnboardForm(), form.rejected(problem)));
    }

    private static Form defaultOnboardForm() {
        return Form.empty().with("municipality", "Oss").with("timeZone", NetworkForms.DEFAULT_ZONE);
    }

    @GET
    @Path("wards/{ward}")
    public TemplateInstance ward(@PathParam("ward") String slug, @QueryParam("done") String done) {
        return wardPage(slug, Form.empty().with("since", today()).with("participation", "WAY_OF_WORKING"), Form.empty())
                .data("flash", done);
    }

    private TemplateInstance wardPage(String slug, Form takePart, Form join) {
        Map<String, Object> w = gateway.getObject("/api/wards/" + slug);
        List<Map<String, Object>> taking = gateway.getList("/api/wards/" + slug + "/organisations");
        List<Map<String, Object>> professionals = gateway.getList("/api/wards/" + slug + "/professionals");
        return pages.page(ward, slug).data("w", w).data("participations", taking).data("professionals", professionals)
                .data("registered", gateway.getList("/api/organisations")).data("kinds", NetworkForms.PARTICIPATIONS)
                .data("roles", NetworkForms.ROLES).data("takePartForm", takePart).data("joinForm", join)
                .data("known", knownProfessionals(slug)).data("flash", null);
    }

    @POST
    @Path("wards/{ward}/organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takePart(@PathParam("ward") String slug, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        String organisation = form.value("organisationId");
        return Submission.submit(() -> gateway.put("/api/wards/" + slug + "/organisations/" + organisation, NetworkForms.takePart(form)),
                taken -> "/network/wards/" + slug + "?done=organisation_takes_part#organisations",
                problem -> wardPage(slug, form.rejected(problem), Form.empty()));
    }

    @POST
    @Path("wards/{ward}/professionals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addProfessional(@PathParam("ward") String slug, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> gateway.post("/api/wards/" + slug + "/professionals", NetworkForms.addProfessional(form)),
                joined -> "/network/wards/" + slug + "?done=professional_joined#professionals",
                problem -> wardPage(slug, Form.empty().with("since", today()).with("participation", "WAY_OF_WORKING"), form.rejected(problem)));
    }

    @POST
    @Path("wards/{ward}/professionals/{id}/departure")
    public Response professionalLeaves(@PathParam("ward") String slug, @PathParam("id") String id) {
        return changeMembership(slug, id, false, "professional_left");
    }

    @POST
    @Path("wards/{ward}/professionals/{id}/return")
    public Response professionalReturns(@PathParam("ward") String slug, @PathParam("id") String id) {
        return changeMembership(slug, id, true, "professional_returned");
    }

    /** The API changes a membership as a whole: what it holds now, with only "active" turned. */
    private Response changeMembership(String slug, String id, boolean active, String done) {
        String path = "/api/wards/" + slug + "/professionals/" + id;
        Map<String, Object> now = gateway.getObject(path);
        return Submission.submit(() -> gateway.put(path, NetworkForms.membership(now, active)),
                changed -> "/network/wards/" + slug + "?done=" + done + "#professionals",
                problem -> wardPage(slug, Form.empty().with("since", today()).with("participation", "WAY_OF_WORKING"),
                        Form.empty().rejected(problem)));
    }

    @GET
    @Path("organisations")
    public TemplateInstance organisations() {
        List<Map<String, Object>> all = gateway.getList("/api/wards");
        List<String> slugs = all.stream().map(w -> String.valueOf(w.get("slug"))).toList();
        // Per organisation, per ward: how it takes part there (or nothing).
        Map<String, Map<String, Object>> participation = new LinkedHashMap<>();
        for (String slug : slugs) {
            for (Map<String, Object> p : gateway.getList("/api/wards/" + slug + "/organisations")) {
                participation.computeIfAbsent(String.valueOf(p.get("organisationId")), o -> new LinkedHashMap<>()).put(slug, p);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> o : gateway.getList("/api/organisations")) {
            Map<String, Object> perWard = participation.getOrDefault(String.valueOf(o.get("id")), Map.of());
            List<Object> cells = slugs.stream().map(s -> perWard.get(s)).map(p -> (Object) (p == null ? "" : ((Map<?, ?>) p).get("participation"))).toList();
            rows.add(Map.of("org", o, "cells", cells));
        }
        return pages.page(organisations, null).data("slugs", slugs).data("rows", rows);
    }

    @GET
    @Path("professionals/{id}")
    public TemplateInstance professional(@PathParam("id") String id) {
        return pages.page(professional, null).data("id", id).data("memberships", gateway.getList("/api/professionals/" + id + "/wards"));
    }

    @GET
    @Path("wards/{ward}/leersessies")
    public TemplateInstance sessions(@PathParam("ward") String ward) {
        return sessionList(ward, Form.empty().with("kind", "PROFESSIONALS_BIWEEKLY").with("heldOn", today()));
    }

    private TemplateInstance sessionList(String ward, Form planForm) {
        List<Map<String, Object>> all = new ArrayList<>(gateway.getList("/api/wards/" + ward + "/leersessies"));
        // The latest first: the one just held is the one to look at.
        all.sort((a, b) -> String.valueOf(b.get("heldOn")).compareTo(String.valueOf(a.get("heldOn"))));
        return pages.page(sessions, ward).data("sessions", all).data("planForm", planForm)
                .data("kinds", NetworkForms.SESSION_KINDS).data("tables", NetworkForms.SESSION_TABLES);
    }

    @POST
    @Path("wards/{ward}/leersessies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response planSession(@PathParam("ward") String ward, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> gateway.post("/api/wards/" + ward + "/leersessies", NetworkForms.planLeersessie(form)),
                planned -> "/network/wards/" + ward + "/leersessies/" + planned.get("id") + "?done=leersessie_planned",
                problem -> sessionList(ward, form.rejected(problem)));
    }

    @GET
    @Path("wards/{ward}/leersessies/{id}")
    public TemplateInstance session(@PathParam("ward") String ward, @PathParam("id") String id, @QueryParam("done") String done) {
        return sessionPage(ward, id, Map.of()).data("flash", done);
    }

    /** The session with its attendance, rounds and cards; {@code forms} holds a refused form to show again. */
    private TemplateInstance sessionPage(String ward, String id, Map<String, Form> forms) {
        String base = "/api/wards/" + ward + "/leersessies/" + id;
        return pages.page(session, ward).data("s", gateway.getObject(base)).data("rounds", gateway.getList(base + "/intervision-rounds"))
                .data("cards", gateway.getList(base + "/reflection-cards"))
                .data("professionals", gateway.getList("/api/wards/" + ward + "/professionals?active=true"))
                .data("attendanceForm", forms.getOrDefault("attendance", Form.empty()))
                .data("roundForm", forms.getOrDefault("round", Form.empty()))
                .data("cardForm", forms.getOrDefault("card", Form.empty())).data("flash", null);
    }

    @POST
    @Path("wards/{ward}/leersessies/{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordAttendance(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        return sessionChange(ward, id, "attendance", "attendance_recorded", Form.of(values), NetworkForms::attendance, "/attendance");
    }

    @POST
    @Path("wards/{ward}/leersessies/{id}/intervision-rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordRound(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        return sessionChange(ward, id, "round", "round_recorded", Form.of(values), NetworkForms::intervisionRound, "/intervision-rounds");
    }

    @POST
    @Path("wards/{ward}/leersessies/{id}/reflection-cards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeCard(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        return sessionChange(ward, id, "card", "card_collected", Form.of(values), NetworkForms::reflectionCard, "/reflection-cards");
    }

    private Response sessionChange(String ward, String id, String formName, String done, Form form,
            java.util.function.Function<Form, Map<String, Object>> body, String path) {
        String base = "/api/wards/" + ward + "/leersessies/" + id;
        return Submission.submit(() -> gateway.post(base + path, body.apply(form)),
                ok -> "/network/wards/" + ward + "/leersessies/" + id + "?done=" + done + "#" + formName,
                problem -> sessionPage(ward, id, Map.of(formName, form.rejected(problem))));
    }

    @GET
    @Path("wards/{ward}/leerplan")
    public TemplateInstance leerplan(@PathParam("ward") String ward, @QueryParam("done") String done) {
        return leerplanPage(ward, null).data("flash", done);
    }

    /** Every professional's leerplan against the ward's targets; {@code targetsForm} a refused change of the targets. */
    private TemplateInstance leerplanPage(String ward, Form targetsForm) {
        Map<String, Object> targets = gateway.getObject("/api/wards/" + ward + "/leerplan/targets");
        List<String> steps = new ArrayList<>(targets.keySet());
        List<Map<String, Object>> plans = new ArrayList<>();
        for (Map<String, Object> p : gateway.getList("/api/wards/" + ward + "/professionals?active=true")) {
            plans.add(gateway.getObject("/api/wards/" + ward + "/professionals/" + p.get("id") + "/leerplan"));
        }
        return pages.page(leerplan, ward).data("steps", steps).data("targets", targets)
                .data("rows", NetworkForms.leerplanRows(steps, plans))
                .data("targetsForm", targetsForm != null ? targetsForm : NetworkForms.targetsForm(targets)).data("flash", null);
    }

    /** The ward's own targets per step (coordinator or manager, as the API allows); steps left empty keep theirs. */
    @POST
    @Path("wards/{ward}/leerplan/targets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTargets(@PathParam("ward") String ward, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> ApiProblem.renaming(() -> gateway.put("/api/wards/" + ward + "/leerplan/targets",
                NetworkForms.targets(form)), NetworkForms::targetFieldOf),
                "/network/wards/" + ward + "/leerplan?done=targets_set#targets", problem -> leerplanPage(ward, form.rejected(problem)));
    }

    @GET
    @Path("wards/{ward}/professionals/{id}/leerplan")
    public TemplateInstance professionalLeerplan(@PathParam("ward") String ward, @PathParam("id") String id, @QueryParam("done") String done) {
        return professionalLeerplanPage(ward, id, Form.empty().with("on", today())).data("flash", done);
    }

    /** One professional's leerplan, step by step, with the form to record a step nothing else observes. */
    @SuppressWarnings("unchecked")
    private TemplateInstance professionalLeerplanPage(String ward, String id, Form recordForm) {
        Map<String, Object> plan = gateway.getObject("/api/wards/" + ward + "/professionals/" + id + "/leerplan");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) plan.getOrDefault("steps", List.of());
        return pages.page(professionalLeerplan, ward).data("id", id).data("plan", plan).data("steps", steps)
                .data("recordable", NetworkForms.recordable(steps)).data("recordForm", recordForm).data("flash", null);
    }

    /** A step recorded by hand (a Samenwerkplan conversation held, an experience shared): the API says which it takes. */
    @POST
    @Path("wards/{ward}/professionals/{id}/leerplan/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordStep(@PathParam("ward") String ward, @PathParam("id") String id, MultivaluedMap<String, String> values) {
        Form form = Form.of(values);
        return Submission.submit(() -> gateway.post("/api/wards/" + ward + "/professionals/" + id + "/leerplan/steps", NetworkForms.recordStep(form)),
                "/network/wards/" + ward + "/professionals/" + id + "/leerplan?done=step_recorded#record",
                problem -> professionalLeerplanPage(ward, id, form.rejected(problem)));
    }

    /** The professionals of the other wards, offered when adding one to this ward (they keep their account id). */
    private List<Map<String, Object>> knownProfessionals(String slug) {
        Map<String, Map<String, Object>> known = new LinkedHashMap<>();
        for (Map<String, Object> w : gateway.getList("/api/wards")) {
            if (!slug.equals(w.get("slug"))) {
                try {
                    gateway.getList("/api/wards/" + w.get("slug") + "/professionals?active=true")
                            .forEach(p -> known.putIfAbsent(String.valueOf(p.get("id")), p));
                } catch (ApiProblem notShown) {
                    // a ward whose network this person may not see is simply not offered
                }
            }
        }
        return new ArrayList<>(known.values());
    }

    static String today() {
        return LocalDate.now(WARD_ZONE).toString();
    }
}
