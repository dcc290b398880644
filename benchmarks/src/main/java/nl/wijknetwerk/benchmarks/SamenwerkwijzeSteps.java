package nl.wijknetwerk.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.launcher.Http;

/**
 * The steps of the Samenwerkwijze (the network's way of working on one resident's case: intake, MDO at the table
 * with the resident, Samenwerkplan, wellbeing measurement, micro-analysis of costs) as case-service offers them.
 * Before the load starts, each step is tried once on a case of its own; a step the running build does not offer
 * (404/405) is left out of the scenarios and named in the report, so the harness measures whatever exists.
 */
final class SamenwerkwijzeSteps {

    static final String REGISTER_RESIDENT = "POST /residents";
    static final String INTAKE = "PUT /cases/{id}/intake";
    static final String PLAN_MDO = "POST /cases/{id}/mdos";
    static final String MDO_HELD = "POST /cases/{id}/mdos/{mdo}/held";
    static final String AGREE_PLAN = "PUT /cases/{id}/plan";
    static final String READ_PLAN = "GET /cases/{id}/plan";
    static final String WELLBEING = "POST /cases/{id}/wellbeing";
    static final String MICRO_ANALYSIS = "POST /cases/{id}/micro-analysis";

    private static final ZoneId WARD_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String MEASURED = "measured";

    /** Whether each step was offered, and if not why: the report lists this beside the figures. */
    private final Map<String, String> availability = new LinkedHashMap<>();

    Map<String, String> availability() {
        return availability;
    }

    boolean offers(String step) {
        return MEASURED.equals(availability.get(step));
    }

    /** Tries each step once, in the order of the Samenwerkwijze, through the gateway with the given token. */
    void detect(Http gateway, String token, String ward) {
        String base = "/api/wards/" + ward;
        Http.Response resident = gateway.post(base + "/residents", token, residentBody(0));
        note(REGISTER_RESIDENT, resident);
        String residentId = offers(REGISTER_RESIDENT) ? resident.text("id") : null;
        Http.Response opened = gateway.post(base + "/cases", token, caseBody(residentId, 0));
        if (opened.status() != 201) {
            throw new IllegalStateException("cannot open a case to try the Samenwerkwijze steps: " + opened.status() + " " + opened.raw());
        }
        String cases = base + "/cases/" + opened.text("id");
        note(INTAKE, gateway.put(cases + "/intake", token, intakeBody()));
        if (residentId == null) {
            availability.put(PLAN_MDO, "left out: an MDO needs a registered resident");
        } else {
            note(PLAN_MDO, gateway.post(cases + "/mdos", token, mdoBody(residentId)));
        }
        Http.Response mdos = gateway.get(cases + "/mdos", token);
        if (offers(PLAN_MDO) && mdos.ok()) {
            note(MDO_HELD, gateway.post(cases + "/mdos/" + mdos.body().path(0).path("id").asText() + "/held", token, heldBody()));
        } else {
            availability.put(MDO_HELD, "left out: no MDO planned");
        }
        note(AGREE_PLAN, gateway.put(cases + "/plan", token, planBody()));
        note(READ_PLAN, gateway.get(cases + "/plan", token));
        note(WELLBEING, gateway.post(cases + "/wellbeing", token, wellbeingBody()));
        note(MICRO_ANALYSIS, gateway.post(cases + "/micro-analysis", token, microAnalysisBody()));
    }

    private void note(String step, Http.Response r) {
        if (r.ok()) {
            availability.put(step, MEASURED);
        } else if (r.status() == 404 || r.status() == 405) {
            availability.put(step, "not offered by this build (HTTP " + r.status() + ")");
        } else {
            availability.put(step, "left out: HTTP " + r.status() + " " + LoadClient.abbreviate(r.raw()).replace('|', '/'));
        }
    }

    /** Registers a resident when the build offers it; returns the resident's id or null. */
    String registerResident(LoadClient gateway, String token, String ward, long n) throws Exception {
        if (!offers(REGISTER_RESIDENT)) {
            return null;
        }
        return gateway.post(REGISTER_RESIDENT, "/api/wards/" + ward + "/residents", token, residentBody(n)).path("id").asText();
    }

    void intake(LoadClient gateway, String token, String ward, String id) throws Exception {
        if (offers(INTAKE)) {
            gateway.put(INTAKE, path(ward, id) + "/intake", token, intakeBody());
        }
    }

    void readPlan(LoadClient gateway, String token, String ward, String id) throws Exception {
        if (offers(READ_PLAN)) {
            gateway.get(READ_PLAN, path(ward, id) + "/plan", token);
        }
    }

    /** The MDO at the table with the resident, held with their consent, and the Samenwerkplan agreed there. */
    void mdoAndPlan(LoadClient gateway, String token, String ward, String id, String residentId) throws Exception {
        if (offers(PLAN_MDO) && residentId != null) {
            JsonNode mdo = gateway.post(PLAN_MDO, path(ward, id) + "/mdos", token, mdoBody(residentId));
            if (offers(MDO_HELD)) {
                gateway.post(MDO_HELD, path(ward, id) + "/mdos/" + mdo.path("id").asText() + "/held", token, heldBody());
            }
        }
        if (offers(AGREE_PLAN)) {
            gateway.put(AGREE_PLAN, path(ward, id) + "/plan", token, planBody());
        }
    }

    void wellbeing(LoadClient gateway, String token, String ward, String id) throws Exception {
        if (offers(WELLBEING)) {
            gateway.post(WELLBEING, path(ward, id) + "/wellbeing", token, wellbeingBody());
        }
    }

    void microAnalysis(LoadClient gateway, String token, String ward, String id) throws Exception {
        if (offers(MICRO_ANALYSIS)) {
            gateway.post(MICRO_ANALYSIS, path(ward, id) + "/micro-analysis", token, microAnalysisBody());
        }
    }

    private static String path(String ward, String id) {
        return "/api/wards/" + ward + "/cases/" + id;
    }

    static Map<String, Object> caseBody(String residentId, long n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "INDIVIDUAL");
        if (residentId != null) {
            body.put("residentId", residentId);
        }
        body.put("question", "Ik wil weer meedoen in de wijk (" + n + ").");
        body.put("lifeDomains", List.of("DAYTIME_ACTIVITY", "HEALTH"));
        body.put("startedBy", "PROFESSIONAL");
        body.put("triageRoute", "INDIVIDUAL_AT_HOME");
        return body;
    }

    static Map<String, Object> residentBody(long n) {
        return Map.of("name", "Bewoner " + n, "street", "Ruwaardsingel " + (1 + n % 200), "postalCode", "5341 AB",
                "city", "Oss", "dateOfBirth", "1958-04-02", "householdSize", 2);
    }

    static Map<String, Object> intakeBody() {
        return Map.of("iWant", "Weer meedoen in de buurt en minder alleen zijn.",
                "iCan", "Koken en goed luisteren.",
                "iNeed", "Iemand die de eerste keer meegaat.");
    }

    /** At the resident's home, with the resident and two professionals, starting now: it is held right after. */
    static Map<String, Object> mdoBody(String residentId) {
        return mdoBody(residentId, "anna", "ons-welzijn", "bram", "brabantwonen");
    }

    static Map<String, Object> mdoBody(String residentId, String professional, String organisation, String colleague,
            String colleagueOrganisation) {
        return Map.of("plannedAt", OffsetDateTime.now(WARD_ZONE).truncatedTo(ChronoUnit.SECONDS).toString(),
                "participants", List.of(
                        Map.of("kind", "RESIDENT", "residentId", residentId),
                        Map.of("kind", "PROFESSIONAL", "professionalId", professional, "organisation", organisation),
                        Map.of("kind", "PROFESSIONAL", "professionalId", colleague, "organisation", colleagueOrganisation)));
    }

    static Map<String, Object> heldBody() {
        return Map.of("heldOn", LocalDate.now(WARD_ZONE).toString(), "residentPresent", true, "consentToShare", true);
    }

    static Map<String, Object> planBody() {
        return planBody("anna", "ons-welzijn");
    }

    static Map<String, Object> planBody(String professional, String organisation) {
        return Map.of("goals", List.of("Elke week iets samen met buurtbewoners doen"),
                "solution", "Buurtkamer en eettafel in het wijkcentrum, de eerste keer samen.",
                "agreements", List.of(Map.of("what", "Gaat de eerste keer mee naar de eettafel", "performer", "PROFESSIONAL",
                        "professionalId", professional, "organisation", organisation,
                        "dueOn", LocalDate.now(WARD_ZONE).plusDays(14).toString())));
    }

    static Map<String, Object> wellbeingBody() {
        return Map.of("moment", "T0", "score", 4, "measuredOn", LocalDate.now(WARD_ZONE).toString());
    }

    static Map<String, Object> microAnalysisBody() {
        return Map.of("edition", "2024-demo", "scenarios", Map.of(
                "current", List.of(Map.of("item", "WMO-BG-UUR", "quantityPerYear", 104)),
                "doNothing", List.of(Map.of("item", "WLZ-VV4-DAG", "quantityPerYear", 365)),
                "chosen", List.of(Map.of("item", "WMO-HH-UUR", "quantityPerYear", 52))));
    }
}
