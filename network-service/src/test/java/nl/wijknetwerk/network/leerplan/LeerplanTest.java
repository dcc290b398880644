package nl.wijknetwerk.network.leerplan;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.awaitEvent;
import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.network.NetworkFixtures.events;
import static nl.wijknetwerk.network.NetworkFixtures.manager;
import static nl.wijknetwerk.network.NetworkFixtures.wardWithProfessionals;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.KafkaBroker;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

/** The leerplan advances from case-service's events over the real broker, once per occurrence, in its own ward only. */
@QuarkusTest
class LeerplanTest {

    static final Duration EVENTUAL = Duration.ofSeconds(30);

    @Test
    void anMdoHeldByTheProfessionalAdvancesTheirLeerplanOnceEvenWhenRedelivered() {
        wardWithProfessionals("plan-mdo", "ons-welzijn", "anna", "bram");
        coordinator().body("{\"targets\": {\"ORGANISE_MDO\": 1}}").put("/api/wards/plan-mdo/leerplan/targets")
                .then().statusCode(200).body("ORGANISE_MDO", equalTo(1)).body("ATTEND_LEERSESSIES", equalTo(6));
        String caseId = UUID.randomUUID().toString();

        ObjectNode mdoHeld = TestEvents.publish(Topics.CASES, mdoHeld("plan-mdo", caseId, "anna"));
        await().atMost(EVENTUAL).untilAsserted(() -> step("plan-mdo", "anna", "ORGANISE_MDO")
                .body("count", equalTo(1)).body("reached", equalTo(true)));

        // The broker delivers the same event again; then a later event on the same case proves it was seen and skipped.
        TestEvents.publish(Topics.CASES, mdoHeld);
        TestEvents.publish(Topics.CASES, EventTypes.MICRO_ANALYSIS_COMPLETED, "plan-mdo", caseId, microAnalysis(caseId, "anna"));
        await().atMost(EVENTUAL).untilAsserted(() -> step("plan-mdo", "anna", "COMPUTE_MICRO_ANALYSIS").body("count", equalTo(1)));
        step("plan-mdo", "anna", "ORGANISE_MDO").body("count", equalTo(1));
        step("plan-mdo", "bram", "ORGANISE_MDO").body("count", equalTo(0));

        JsonNode completed = awaitEvent(EventTypes.LEERPLAN_STEP_COMPLETED, "plan-mdo",
                e -> e.path("data").path("step").asText().equals("ORGANISE_MDO"));
        assertThat(EventSchemas.violations(completed)).isEmpty();
        assertThat(completed.path("data").path("professionalId").asText()).isEqualTo("anna");
        assertThat(completed.path("data").path("count").asInt()).isEqualTo(1);
        assertThat(completed.path("data").path("planCompleted").asBoolean()).isFalse();
        assertThat(events(EventTypes.LEERPLAN_STEP_COMPLETED, "plan-mdo")).hasSize(1);
    }

    @Test
    void aWellbeingScoreAboveSixAfterHelpIsPositiveFeedbackForEveryoneWhoWorkedOnTheCase() {
        wardWithProfessionals("plan-feedback", "ons-welzijn", "anna", "bram", "chris");
        String caseId = UUID.randomUUID().toString();
        String otherCase = UUID.randomUUID().toString();
        TestEvents.publish(Topics.CASES, mdoHeld("plan-feedback", caseId, "anna", "bram"));
        TestEvents.publish(Topics.CASES, EventTypes.WELLBEING_MEASURED, "plan-feedback", caseId, wellbeing(caseId, "T1", 8));
        TestEvents.publish(Topics.CASES, EventTypes.WELLBEING_MEASURED, "plan-feedback", otherCase, wellbeing(otherCase, "T1", 9));
        // A high T0 is taken before any help: no feedback on it. Chris's later MDO on the same case (same key, so
        // consumed after it) tells when the T0 has been handled.
        TestEvents.publish(Topics.CASES, EventTypes.WELLBEING_MEASURED, "plan-feedback", caseId, wellbeing(caseId, "T0", 9));
        TestEvents.publish(Topics.CASES, mdoHeld("plan-feedback", caseId, "chris"));

        await().atMost(EVENTUAL).untilAsserted(() -> step("plan-feedback", "chris", "ORGANISE_MDO").body("count", equalTo(1)));
        step("plan-feedback", "bram", "POSITIVE_FEEDBACK").body("count", equalTo(1));
        step("plan-feedback", "anna", "POSITIVE_FEEDBACK").body("count", equalTo(1));
        step("plan-feedback", "chris", "POSITIVE_FEEDBACK").body("count", equalTo(0));
        step("plan-feedback", "bram", "ORGANISE_MDO").body("count", equalTo(0));
    }

    @Test
    void caseEventsTheLeerplanDoesNotActOnPassWithoutAnIdempotencyRecord() {
        wardWithProfessionals("plan-voorbij", "ons-welzijn", "anna");
        String caseId = UUID.randomUUID().toString();
        ObjectNode opened = TestEvents.publish(Topics.CASES, EventTypes.CASE_OPENED, "plan-voorbij", caseId, """
                {"caseId": "%s", "kind": "INDIVIDUAL", "startedBy": "PROFESSIONAL", "lifeDomains": ["DAYTIME_ACTIVITY"],
                 "triageRoute": "COLLECTIVE_DIRECT", "openedOn": "2024-06-01"}""".formatted(caseId));
        // Same case, same key: consumed after the case-opened, so once it counts the case-opened has been passed.
        ObjectNode held = TestEvents.publish(Topics.CASES, mdoHeld("plan-voorbij", caseId, "anna"));
        await().atMost(EVENTUAL).untilAsserted(() -> step("plan-voorbij", "anna", "ORGANISE_MDO").body("count", equalTo(1)));

        assertThat(recordedBy(held)).contains("network-service.case-events");
        assertThat(recordedBy(opened)).isEmpty();
    }

    /** The consumers that recorded the event in their idempotency inbox. */
    @SuppressWarnings("unchecked")
    private static List<String> recordedBy(ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select consumer from processed_event where event_id = :id")
                .setParameter("id", UUID.fromString(event.path("id").asText())).getResultList());
    }

    @Test
    void caseEventsOfAnotherWardDoNotTouchThisWardsLeerplan() {
        wardWithProfessionals("plan-hier", "ons-welzijn", "anna");
        wardWithProfessionals("plan-daar", "ons-welzijn", "anna");
        TestEvents.publish(Topics.CASES, mdoHeld("plan-daar", UUID.randomUUID().toString(), "anna"));
        await().atMost(EVENTUAL).untilAsserted(() -> step("plan-daar", "anna", "ORGANISE_MDO").body("count", equalTo(1)));
        step("plan-hier", "anna", "ORGANISE_MDO").body("count", equalTo(0));
        assertProblem(as(Tokens.professional("anna", "ons-welzijn", "plan-hier")).get("/api/wards/plan-daar/professionals/anna/leerplan").then(), 403);
    }

    @Test
    void aManagerMarksAnAmbassadorAndRecordsWhatNothingElseObserves() {
        wardWithProfessionals("plan-ambassadeur", "ons-welzijn", "anna");
        String manager = manager("marieke", "ons-welzijn", "plan-ambassadeur");
        assertProblem(as(Tokens.professional("anna", "ons-welzijn", "plan-ambassadeur"))
                .post("/api/wards/plan-ambassadeur/professionals/anna/ambassador").then(), 403);
        assertProblem(as(manager("henk", "brabantwonen", "plan-ambassadeur"))
                .post("/api/wards/plan-ambassadeur/professionals/anna/ambassador").then(), 403);
        step("plan-ambassadeur", "anna", "AMBASSADOR").body("reached", equalTo(false));
        as(manager).post("/api/wards/plan-ambassadeur/professionals/anna/ambassador").then().statusCode(200)
                .body("roles", hasItem("AMBASSADOR"));
        step("plan-ambassadeur", "anna", "AMBASSADOR").body("reached", equalTo(true));

        as(manager).body("{\"step\": \"SAMENWERKPLAN_CONVERSATION\", \"on\": \"2024-06-01\"}")
                .post("/api/wards/plan-ambassadeur/professionals/anna/leerplan/steps").then().statusCode(200);
        step("plan-ambassadeur", "anna", "SAMENWERKPLAN_CONVERSATION").body("count", equalTo(1));
        assertFieldProblem(as(manager).body("{\"step\": \"ORGANISE_MDO\", \"on\": \"2024-06-01\"}")
                .post("/api/wards/plan-ambassadeur/professionals/anna/leerplan/steps").then(), 422, "step");
        assertFieldProblem(as(manager).body("{\"step\": \"SHARE_EXPERIENCE\", \"on\": \"2999-01-01\"}")
                .post("/api/wards/plan-ambassadeur/professionals/anna/leerplan/steps").then(), 422, "on");
        step("plan-ambassadeur", "anna", "ORGANISE_MDO").body("count", equalTo(0));
        step("plan-ambassadeur", "anna", "SHARE_EXPERIENCE").body("count", equalTo(0));
    }

    @Test
    void targetsAreTheWardsOwnAndStayWithinBounds() {
        wardWithProfessionals("plan-doel", "ons-welzijn", "anna");
        wardWithProfessionals("plan-doel-buur", "ons-welzijn");
        coordinator().body("{\"targets\": {\"ATTEND_LEERSESSIES\": 10}}").put("/api/wards/plan-doel/leerplan/targets").then().statusCode(200);
        assertFieldProblem(coordinator().body("{\"targets\": {\"ATTEND_LEERSESSIES\": 101}}")
                .put("/api/wards/plan-doel/leerplan/targets").then(), 400, "targets[ATTEND_LEERSESSIES]");
        step("plan-doel", "anna", "ATTEND_LEERSESSIES").body("target", equalTo(10));
        coordinator().get("/api/wards/plan-doel-buur/leerplan/targets").then().body("ATTEND_LEERSESSIES", equalTo(6));
        assertProblem(coordinator().get("/api/wards/plan-doel/professionals/nobody/leerplan").then(), 404);
        // A resident sees the ward network, not the professionals' own development.
        assertProblem(as(Tokens.token("ria", "-", java.util.Set.of("resident"), java.util.List.of("plan-doel")))
                .get("/api/wards/plan-doel/professionals/anna/leerplan").then(), 403);
    }

    @Test
    void aCaseEventThatBreaksTheContractGoesToTheDeadLetterTopicAndTheNextOneIsStillCounted() {
        wardWithProfessionals("plan-gif", "ons-welzijn", "anna");
        String caseId = UUID.randomUUID().toString();
        ObjectNode poison = mdoHeld("plan-gif", caseId, "anna");
        ((ObjectNode) poison.path("data")).remove("organiserId");
        TopicProbe.send(KafkaBroker.bootstrapServers(), Topics.CASES, caseId, poison.toString());
        TopicProbe.send(KafkaBroker.bootstrapServers(), Topics.CASES, caseId, "not json at all");
        TestEvents.publish(Topics.CASES, mdoHeld("plan-gif", caseId, "anna"));

        await().atMost(EVENTUAL).untilAsserted(() -> step("plan-gif", "anna", "ORGANISE_MDO").body("count", equalTo(1)));
        await().atMost(EVENTUAL).untilAsserted(() -> assertThat(TopicProbe.readAll(KafkaBroker.bootstrapServers(), "network-service.dlq"))
                .anyMatch(m -> m.path("id").asText().equals(poison.path("id").asText()))
                .anyMatch(m -> m.asText().equals("not json at all")));
    }

    @Test
    void theApiDescriptionDocumentsTheLeerplanAndItsProblems() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/wards/{ward}/professionals/{id}/leerplan'.get.summary", org.hamcrest.Matchers.containsString("leerplan"))
                .body("paths.'/api/wards/{ward}/professionals'.post.responses.'422'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue());
    }

    static ValidatableResponse step(String ward, String professional, String step) {
        return coordinator().get("/api/wards/" + ward + "/professionals/" + professional + "/leerplan").then().statusCode(200)
                .rootPath("steps.find { it.step == '" + step + "' }");
    }

    static ObjectNode mdoHeld(String ward, String caseId, String organiser, String... others) {
        StringBuilder professionals = new StringBuilder("\"" + organiser + "\"");
        for (String other : others) {
            professionals.append(", \"").append(other).append('"');
        }
        return TestEvents.envelope(EventTypes.MDO_HELD, ward, caseId, """
                {"caseId": "%s", "mdoId": "%s", "heldOn": "2024-06-03", "organiserId": "%s",
                 "organisations": ["ons-welzijn"], "professionals": [%s]}""".formatted(caseId, UUID.randomUUID(), organiser, professionals));
    }

    static String microAnalysis(String caseId, String computedBy) {
        return """
                {"caseId": "%s", "analysisId": "%s", "edition": "2024", "completedOn": "2024-07-01", "computedBy": "%s",
                 "totals": {"currentCents": 1000000, "doNothingCents": 2500000, "chosenCents": 1200000},
                 "byDomain": {"current": {"WMO": 1000000}, "doNothing": {"WMO": 2500000}, "chosen": {"WMO": 1200000}},
                 "savingsVsCurrentCents": -200000, "savingsVsDoNothingCents": 1300000}""".formatted(caseId, UUID.randomUUID(), computedBy);
    }

    static String wellbeing(String caseId, String moment, int score) {
        return """
                {"caseId": "%s", "moment": "%s", "score": %d, "measuredOn": "2024-07-15"}""".formatted(caseId, moment, score);
    }
}
