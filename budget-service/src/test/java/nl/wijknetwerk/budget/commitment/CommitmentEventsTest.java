package nl.wijknetwerk.budget.commitment;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.budget;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.budget.BudgetFixtures;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.TopicProbe;

/** A plan agreed in case-service becomes commitments here over the real broker, exactly once, and is released again. */
@QuarkusTest
class CommitmentEventsTest {

    static final String WARD = "plannenwijk";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void ward() {
        BudgetFixtures.ward(WARD);
    }

    private static String planAgreed(UUID caseId, UUID funded, UUID hours, UUID unfunded) {
        return """
                {"caseId": "%s", "planVersion": 1, "agreedOn": "2021-03-02", "agreements": [
                  {"agreementId": "%s", "performer": "PROFESSIONAL", "organisationId": "pantein",
                   "provision": {"providerId": "pantein", "category": "PROVIDER", "kind": "ambulante begeleiding", "amountCentsPerYear": 520000}},
                  {"agreementId": "%s", "performer": "PROFESSIONAL", "organisationId": "ons-welzijn",
                   "provision": {"category": "MAATWERK", "kind": "maatjesproject", "hoursPerYear": 104, "hourlyRateCents": 6500}},
                  {"agreementId": "%s", "performer": "NETWORK_MEMBER"}]}""".formatted(caseId, funded, hours, unfunded);
    }

    @Test
    void aPlanThatBreaksTheContractGoesToTheDeadLetterTopicAndCommitsNothing() {
        budget(WARD, 2022, 10_000_000L).statusCode(200);
        UUID caseId = UUID.randomUUID();
        // a provision without category: not what case-service's contract allows
        TopicProbe.send(kafka, Topics.CASES, caseId.toString(), TestEvents.envelope(EventTypes.PLAN_AGREED, WARD, caseId.toString(), """
                {"caseId": "%s", "planVersion": 1, "agreedOn": "2022-01-10", "agreements": [
                  {"agreementId": "%s", "performer": "PROFESSIONAL", "provision": {"amountCentsPerYear": 100}}]}"""
                .formatted(caseId, UUID.randomUUID())).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicProbe.readAll(kafka, "budget-service.dlq"))
                .anySatisfy(e -> assertThat(e.path("subject").asText()).isEqualTo(caseId.toString())));
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2022/commitments").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anAgreedPlanBecomesCommitmentsOnceAndIsReleasedWhenTheCaseMovesOn() {
        budget(WARD, 2021, 50_000_000L).statusCode(200);
        UUID caseId = UUID.randomUUID();
        UUID funded = UUID.randomUUID();
        UUID hours = UUID.randomUUID();
        ObjectNode plan = TestEvents.publish(Topics.CASES, EventTypes.PLAN_AGREED, WARD, caseId.toString(),
                planAgreed(caseId, funded, hours, UUID.randomUUID()));
        // The broker delivers it again (at least once): same event id.
        TestEvents.publish(Topics.CASES, plan);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(controller(WARD))
                .get("/api/wards/" + WARD + "/budgets/2021/commitments").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("amountCents", containsInAnyOrder(520_000, 676_000)));

        // Events of one case share a partition, so once the drop is applied the redelivery was handled before it.
        TestEvents.publish(Topics.CASES, EventTypes.AGREEMENT_DROPPED, WARD, caseId.toString(),
                "{\"caseId\": \"%s\", \"agreementId\": \"%s\", \"droppedOn\": \"2021-05-01\"}".formatted(caseId, hours));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(controller(WARD))
                .get("/api/wards/" + WARD + "/budgets/2021").then().statusCode(200)
                .body("committedCents", equalTo(520_000))
                .body("categories.find { it.category == 'PROVIDER' }.committedCents", equalTo(520_000))
                .body("categories.find { it.category == 'MAATWERK' }.committedCents", equalTo(0)));
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2021/commitments").then()
                .body("size()", equalTo(2))
                .body("find { it.agreementId == '%s' }.releaseReason".formatted(hours), equalTo("AGREEMENT_DROPPED"));

        TestEvents.publish(Topics.CASES, EventTypes.CASE_CLOSED, WARD, caseId.toString(),
                "{\"caseId\": \"%s\", \"reason\": \"GOALS_REACHED\", \"closedOn\": \"2021-11-30\"}".formatted(caseId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(controller(WARD))
                .get("/api/wards/" + WARD + "/budgets/2021").then().body("committedCents", equalTo(0)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> ours = TopicProbe.readAll(kafka, Topics.BUDGET).stream()
                    .filter(e -> e.path("wardid").asText().equals(WARD))
                    .filter(e -> e.path("data").path("caseId").asText().equals(caseId.toString())
                            || e.path("type").asText().equals(EventTypes.COMMITMENT_RELEASED))
                    .toList();
            assertThat(ours).allSatisfy(e -> assertThat(EventSchemas.violations(e)).isEmpty());
            assertThat(ours).filteredOn(e -> e.path("type").asText().equals(EventTypes.COMMITMENT_CREATED)).hasSize(2);
            assertThat(ours).filteredOn(e -> e.path("type").asText().equals(EventTypes.COMMITMENT_RELEASED))
                    .extracting(e -> e.path("data").path("reason").asText())
                    .containsExactlyInAnyOrder("AGREEMENT_DROPPED", "CASE_CLOSED");
        });
    }
}
