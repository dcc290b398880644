package nl.wijknetwerk.monitoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;

/** What the integration tests of monitoring-service share: wards, events as the other services send them, reading KPIs. */
public final class Monitoring {

    private static final Set<String> ONBOARDED = new HashSet<>();
    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Monitoring() {
    }

    /** Onboards the wards (once per JVM) and waits until monitoring-service knows them. */
    public static synchronized void wards(String... slugs) {
        for (String slug : slugs) {
            if (ONBOARDED.add(slug)) {
                TestEvents.wardOnboarded(slug);
            }
        }
        for (String slug : slugs) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.coordinator())
                    .get("/api/wards/" + slug + "/kpis").then().statusCode(200));
        }
    }

    /**
     * Starts a rebuild of the indicator store as the coordinator (202 with the status resource in Location) and polls
     * that resource until the rebuild is no longer running: its final status.
     */
    public static JsonPath rebuild() {
        String status = given().auth().oauth2(Tokens.coordinator()).post("/api/admin/kpis/rebuild")
                .then().statusCode(202).body("state", org.hamcrest.Matchers.equalTo("running")).extract().header("Location");
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> given().auth().oauth2(Tokens.coordinator()).get(status).then().statusCode(200).extract().jsonPath(),
                json -> !"running".equals(json.getString("state")));
    }

    public static String token(String user, String role, String... wards) {
        return Tokens.token(user, "gemeente-oss", Set.of(role), List.of(wards));
    }

    public static JsonPath kpis(String ward, String period) {
        String body = given().auth().oauth2(Tokens.coordinator()).queryParam("period", period).get("/api/wards/" + ward + "/kpis")
                .then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(DECIMALS);
    }

    public static String kpisJson(String ward, String period) {
        return given().auth().oauth2(Tokens.coordinator()).queryParam("period", period).get("/api/wards/" + ward + "/kpis")
                .then().statusCode(200).extract().asString();
    }

    /** The value of one indicator (null: no data). */
    public static BigDecimal value(JsonPath kpis, String code) {
        Object value = kpis.get("goals.indicators.flatten().find { it.code == '" + code + "' }.value");
        // Whole numbers come back as Integer, the others as BigDecimal.
        return value == null ? null : new BigDecimal(value.toString());
    }

    public static BigDecimal value(String ward, String period, String code) {
        return value(kpis(ward, period), code);
    }

    // --- events as the other services publish them ------------------------------------------------------------

    public static ObjectNode triageRouteChanged(String ward, UUID caseId, String from, String to, String changedOn) {
        return TestEvents.publish(Topics.CASES, EventTypes.TRIAGE_ROUTE_CHANGED, ward, caseId.toString(), """
                {"caseId": "%s", "from": "%s", "to": "%s", "changedOn": "%s"}""".formatted(caseId, from, to, changedOn));
    }

    public static ObjectNode caseOpened(String ward, UUID caseId, String openedOn, String triageRoute) {
        return TestEvents.publish(Topics.CASES, EventTypes.CASE_OPENED, ward, caseId.toString(), """
                {"caseId": "%s", "kind": "INDIVIDUAL", "startedBy": "PROFESSIONAL", "triageRoute": "%s", "openedOn": "%s"}"""
                .formatted(caseId, triageRoute, openedOn));
    }

    public static ObjectNode wellbeing(String ward, UUID caseId, String moment, int score, String measuredOn) {
        return TestEvents.publish(Topics.CASES, EventTypes.WELLBEING_MEASURED, ward, caseId.toString(), """
                {"caseId": "%s", "moment": "%s", "score": %d, "measuredOn": "%s"}""".formatted(caseId, moment, score, measuredOn));
    }

    public static ObjectNode mdoHeld(String ward, UUID caseId, String heldOn, List<String> organisations) {
        return TestEvents.publish(Topics.CASES, EventTypes.MDO_HELD, ward, caseId.toString(), """
                {"caseId": "%s", "mdoId": "%s", "heldOn": "%s", "organiserId": "anna", "organisations": [%s], "professionals": ["anna", "bram"]}"""
                .formatted(caseId, UUID.randomUUID(), heldOn, String.join(",", organisations.stream().map(o -> '"' + o + '"').toList())));
    }

    public static ObjectNode planAgreed(String ward, UUID caseId, String agreedOn, UUID agreementId, String dueOn) {
        return TestEvents.publish(Topics.CASES, EventTypes.PLAN_AGREED, ward, caseId.toString(), """
                {"caseId": "%s", "planVersion": 1, "agreedOn": "%s", "agreements": [{"agreementId": "%s", "performer": "PROFESSIONAL", "dueOn": "%s"}]}"""
                .formatted(caseId, agreedOn, agreementId, dueOn));
    }

    public static ObjectNode agreementCompleted(String ward, UUID caseId, UUID agreementId, String completedOn, boolean onTime) {
        return TestEvents.publish(Topics.CASES, EventTypes.AGREEMENT_COMPLETED, ward, caseId.toString(), """
                {"caseId": "%s", "agreementId": "%s", "completedOn": "%s", "onTime": %s}""".formatted(caseId, agreementId, completedOn, onTime));
    }

    /** A new case (nieuwe casus): judged against doing nothing. */
    public static ObjectNode microAnalysis(String ward, UUID caseId, String completedOn, long doNothingWmo, long chosenWmo) {
        return microAnalysis(ward, caseId, completedOn, "NEW", chosenWmo, doNothingWmo, chosenWmo);
    }

    public static ObjectNode microAnalysis(String ward, UUID caseId, String completedOn, String caseType, long currentWmo,
            long doNothingWmo, long chosenWmo) {
        return TestEvents.publish(Topics.CASES, EventTypes.MICRO_ANALYSIS_COMPLETED, ward, caseId.toString(), """
                {"caseId": "%s", "analysisId": "%s", "edition": "2025", "completedOn": "%s", "caseType": "%s",
                 "totals": {"currentCents": %d, "doNothingCents": %d, "chosenCents": %d},
                 "byDomain": {"current": {"WMO": %d}, "doNothing": {"WMO": %d}, "chosen": {"WMO": %d}},
                 "savingsVsCurrentCents": %d, "savingsVsDoNothingCents": %d}"""
                .formatted(caseId, UUID.randomUUID(), completedOn, caseType, currentWmo, doNothingWmo, chosenWmo, currentWmo,
                        doNothingWmo, chosenWmo, currentWmo - chosenWmo, doNothingWmo - chosenWmo));
    }

    public static ObjectNode barrierReported(String ward, UUID caseId, UUID barrierId, String reportedOn) {
        return TestEvents.publish(Topics.CASES, EventTypes.BARRIER_REPORTED, ward, caseId.toString(), """
                {"caseId": "%s", "barrierId": "%s", "kind": "FUNDING_RULE", "reportedOn": "%s"}""".formatted(caseId, barrierId, reportedOn));
    }

    public static ObjectNode initiative(String ward, UUID id, String status, int volunteers, int visitorsPerWeek) {
        return TestEvents.publish(Topics.CASES, EventTypes.INITIATIVE_CHANGED, ward, id.toString(), """
                {"initiativeId": "%s", "kind": "RESIDENT_INITIATIVE", "initiator": "RESIDENTS", "status": "%s", "volunteers": %d, "visitorsPerWeek": %d}"""
                .formatted(id, status, volunteers, visitorsPerWeek));
    }

    public static ObjectNode pulse(String ward, String period, int respondents, String work, String collaboration) {
        return TestEvents.publish(Topics.NETWORK, EventTypes.PULSE_AGGREGATED, ward, ward + "-" + period, """
                {"period": "%s", "respondents": %d, "workSatisfactionAverage": %s, "collaborationAverage": %s}"""
                .formatted(period, respondents, work, collaboration));
    }

    public static ObjectNode leersessie(String ward, String heldOn, int professionals, int managers, int residents) {
        UUID id = UUID.randomUUID();
        return TestEvents.publish(Topics.NETWORK, EventTypes.LEERSESSIE_HELD, ward, id.toString(), """
                {"sessionId": "%s", "kind": "PROFESSIONALS_BIWEEKLY", "heldOn": "%s", "attendance": {"professionals": %d, "managers": %d, "residents": %d}}"""
                .formatted(id, heldOn, professionals, managers, residents));
    }

    public static ObjectNode budgetSet(String ward, int year, long totalCents) {
        return TestEvents.publish(Topics.BUDGET, EventTypes.BUDGET_SET, ward, ward + "-" + year, """
                {"year": %d, "totalCents": %d, "revision": 1, "sources": [{"source": "WMO", "amountCents": %d}]}""".formatted(year, totalCents, totalCents));
    }

    public static ObjectNode spending(String ward, int year, long cents, String spentOn) {
        UUID id = UUID.randomUUID();
        return TestEvents.publish(Topics.BUDGET, EventTypes.SPENDING_RECORDED, ward, id.toString(), """
                {"spendingId": "%s", "year": %d, "category": "COLLECTIVE_PROVISION", "providerId": "ons-welzijn", "amountCents": %d, "spentOn": "%s"}"""
                .formatted(id, year, cents, spentOn));
    }

    /** The Prometheus exposition, served on the management interface (never on the API's port). */
    public static String metrics() {
        String management = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("test.management.url", String.class);
        return given().get(management + "/metrics").then().statusCode(200).extract().asString();
    }

    /** A counter of the Prometheus endpoint, summed over the series whose labels contain the fragment. */
    public static double metric(String name, String labelFragment) {
        String text = metrics();
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\}\\s+([0-9.eE+-]+)", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(labelFragment)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
