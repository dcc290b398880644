package nl.wijknetwerk.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.launcher.Http;

/**
 * The steps of the Samenwerkwijze after a case is opened, as case-service offers them. Before the load starts,
 * each step is tried once on a fresh case; a step the running build does not offer yet (404/405) is left out of
 * the scenarios and named as such in the report, so the harness measures whatever exists.
 */
final class SamenwerkwijzeSteps {

    static final String INTAKE = "PUT /cases/{id}/intake";
    static final String PLAN_MDO = "POST /cases/{id}/mdos";
    static final String MDO_HELD = "POST /cases/{id}/mdos/{mdo}/held";
    static final String PLAN = "PUT /cases/{id}/plan";
    static final String READ_PLAN = "GET /cases/{id}/plan";
    static final String WELLBEING = "POST /cases/{id}/wellbeing";
    static final String MICRO_ANALYSIS = "POST /cases/{id}/micro-analysis";

    private static final ZoneId WARD_ZONE = ZoneId.of("Europe/Amsterdam");

    /** Whether each step was offered, and if not why: the report lists this beside the figures. */
    private final Map<String, String> availability = new LinkedHashMap<>();

    Map<String, String> availability() {
        return availability;
    }

    boolean offers(String step) {
        return "measured".equals(availability.get(step));
    }

    /** Tries each step once on a case of its own, through the gateway with the given token. */
    void detect(Http gateway, String token, String ward) {
        Http.Response opened = gateway.post("/api/wards/" + ward + "/cases", token, Map.of("kind", "INDIVIDUAL",
                "question", "Ik wil weer meedoen in de wijk.", "startedBy", "PROFESSIONAL", "triageRoute", "INDIVIDUAL_AT_HOME"));
        if (opened.status() != 201) {
            throw new IllegalStateException("cannot open a case to detect the Samenwerkwijze steps: " + opened.status() + " " + opened.raw());
        }
        String cases = "/api/wards/" + ward + "/cases/" + opened.text("id");
        note(INTAKE, gateway.put(cases + "/intake", token, intakeBody()));
        Http.Response mdo = gateway.post(cases + "/mdos", token, mdoBody());
        note(PLAN_MDO, mdo);
        if (offers(PLAN_MDO)) {
            note(MDO_HELD, gateway.post(cases + "/mdos/" + mdo.text("id") + "/held", token, heldBody()));
        } else {
            availability.put(MDO_HELD, availability.get(PLAN_MDO));
        }
        note(PLAN, gateway.put(cases + "/plan", token, planBody()));
        note(READ_PLAN, gateway.get(cases + "/plan", token));
        note(WELLBEING, gateway.post(cases + "/wellbeing", token, wellbeingBody()));
        note(MICRO_ANALYSIS, gateway.post(cases + "/micro-analysis", token, microAnalysisBody()));
    }

    private void note(String step, Http.Response r) {
        if (r.ok()) {
            availability.put(step, "measured");
        } else if (r.status() == 404 || r.status() == 405) {
            availability.put(step, "not offered by this build (HTTP " + r.status() + ")");
        } else {
            availability.put(step, "left out: HTTP " + r.status() + " " + LoadClient.abbreviate(r.raw()));
        }
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

    void mdoAndPlan(LoadClient gateway, String token, String ward, String id) throws Exception {
        if (offers(PLAN_MDO)) {
            JsonNode mdo = gateway.post(PLAN_MDO, path(ward, id) + "/mdos", token, mdoBody());
            if (offers(MDO_HELD)) {
                gateway.post(MDO_HELD, path(ward, id) + "/mdos/" + mdo.path("id").asText() + "/held", token, heldBody());
            }
        }
        if (offers(PLAN)) {
            gateway.put(PLAN, path(ward, id) + "/plan", token, planBody());
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

    static Map<String, Object> intakeBody() {
        return Map.of("iWant", "Weer meedoen in de buurt en minder alleen zijn.",
                "iCan", "Koken en goed luisteren.",
                "iNeed", "Iemand die de eerste keer meegaat.");
    }

    static Map<String, Object> mdoBody() {
        return Map.of("place", "Wijkcentrum De Ruwaard",
                "startsAt", OffsetDateTime.now(WARD_ZONE).plusDays(7).withNano(0).toString(),
                "participants", List.of("ons-welzijn", "brabantwonen"));
    }

    static Map<String, Object> heldBody() {
        return Map.of("residentPresent", true, "consent", true, "consentedOrganisations", List.of("ons-welzijn", "brabantwonen"));
    }

    static Map<String, Object> planBody() {
        List<Object> agreements = new ArrayList<>();
        agreements.add(Map.of("organisation", "ons-welzijn", "what", "Gaat de eerste keer mee naar de eettafel.",
                "due", LocalDate.now(WARD_ZONE).plusDays(14).toString()));
        return Map.of("goals", List.of("Elke week iets samen met buurtbewoners doen"),
                "solution", "Buurtkamer en eettafel in het wijkcentrum", "agreements", agreements);
    }

    static Map<String, Object> wellbeingBody() {
        return Map.of("moment", "T0", "score", 6, "measuredOn", LocalDate.now(WARD_ZONE).toString());
    }

    static Map<String, Object> microAnalysisBody() {
        return Map.of("priceListEdition", "2026");
    }
}
