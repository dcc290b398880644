package nl.wijknetwerk.budget.partner;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.allocate;
import static nl.wijknetwerk.budget.BudgetFixtures.budget;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.budget.BudgetFixtures;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.shared.partner.PartnerAccessEntry;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;

/** A provider's own system declares its spending and reads its own budget line; never another's, never another ward's. */
@QuarkusTest
class PartnerBudgetApiTest {

    static final String WARD = "partnerwijk";
    static final String PATH = "/api/wards/" + WARD + "/partner-budget/2024";

    private static boolean yearSet;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String pantein = Tokens.partnerSystem("pantein", null, WARD);
    private final String onsWelzijn = Tokens.partnerSystem("ons-welzijn", null, WARD);

    @BeforeEach
    void year() {
        BudgetFixtures.ward(WARD);
        if (yearSet) {
            return;
        }
        yearSet = true;
        budget(WARD, 2024, 50_000_000L).statusCode(200);
        allocate(WARD, 2024, "PROVIDER", "pantein", 10_000_000L, 40).statusCode(200);
        allocate(WARD, 2024, "PROVIDER", "ons-welzijn", 8_000_000L, 50).statusCode(200);
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Topics.CASES, EventTypes.PLAN_AGREED, WARD, caseId.toString(), """
                {"caseId": "%s", "planVersion": 1, "agreedOn": "2024-03-02", "agreements": [
                  {"agreementId": "%s", "performer": "PROFESSIONAL", "organisationId": "pantein",
                   "provision": {"providerId": "pantein", "category": "PROVIDER", "kind": "ambulante begeleiding", "amountCentsPerYear": 520000}},
                  {"agreementId": "%s", "performer": "PROFESSIONAL", "organisationId": "ons-welzijn",
                   "provision": {"providerId": "ons-welzijn", "category": "PROVIDER", "kind": "maatjesproject", "amountCentsPerYear": 300000}}]}"""
                .formatted(caseId, UUID.randomUUID(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(controller(WARD))
                .get("/api/wards/" + WARD + "/budgets/2024/commitments").then().statusCode(200).body("size()", equalTo(2)));
    }

    private static ValidatableResponse declare(String token, String reference, long cents) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"reference\": \"%s\", \"amountCents\": %d, \"spentOn\": \"2024-02-10\"}".formatted(reference, cents))
                .post(PATH + "/declarations").then().log().ifValidationFails();
    }

    @Test
    void aProviderReadsItsOwnLineOnly() {
        given().auth().oauth2(pantein).get(PATH).then().statusCode(200)
                .body("organisationId", equalTo("pantein"))
                .body("allocation.providerId", equalTo("pantein"))
                .body("allocation.amountCents", equalTo(10_000_000))
                .body("allocation.lumpSumCents", equalTo(4_000_000))
                .body("committedCents", equalTo(520_000))
                .body("commitments.providerId", contains("pantein"));
    }

    @Test
    void aDeclarationIsRecordedOnceByThePartnersOwnReference() {
        String id = declare(pantein, "PAN-2024-0001", 100_000).statusCode(201).body("providerId", equalTo("pantein"))
                .body("status", equalTo("RECORDED")).extract().path("id");
        // A retry answers the original and records nothing more.
        declare(pantein, "PAN-2024-0001", 100_000).statusCode(200).body("id", equalTo(id));
        assertFieldProblem(declare(pantein, "PAN-2024-0001", 100_001), 422, "reference");
        // Another organisation numbers its own declarations: the same reference is its own.
        String theirs = declare(onsWelzijn, "PAN-2024-0001", 50_000).statusCode(201).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(theirs).isNotEqualTo(id);

        given().auth().oauth2(pantein).get(PATH + "/declarations/PAN-2024-0001").then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(pantein).get(PATH + "/declarations").then().statusCode(200)
                .body("findAll { it.externalReference == 'PAN-2024-0001' }.id", contains(id));
        given().auth().oauth2(pantein).get(PATH).then().body("spentCents", equalTo(100_000));
        // Past what is left: waits for the controller when asked, refused otherwise.
        assertFieldProblem(declare(pantein, "PAN-2024-0002", 20_000_000), 422, "amountCents");
        given().auth().oauth2(pantein).contentType(ContentType.JSON).body("""
                {"reference": "PAN-2024-0003", "amountCents": 20000000, "spentOn": "2024-02-11", "requestApproval": true}""")
                .post(PATH + "/declarations").then().statusCode(202).body("status", equalTo("PENDING_APPROVAL"));
        // The controller rejects it: the partner's system reads that, and the event (for its webhook) says so.
        String pending = given().auth().oauth2(pantein).get(PATH + "/declarations/PAN-2024-0003").then().extract().path("id");
        given().auth().oauth2(controller(WARD)).post("/api/wards/" + WARD + "/budgets/2024/spending/" + pending + "/rejection")
                .then().statusCode(200);
        given().auth().oauth2(pantein).get(PATH + "/declarations/PAN-2024-0003").then().body("status", equalTo("REJECTED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(
                nl.wijknetwerk.testing.TopicProbe.readAll(kafka, Topics.BUDGET)).anySatisfy(e -> {
                    org.assertj.core.api.Assertions.assertThat(e.path("type").asText()).isEqualTo(EventTypes.SPENDING_REJECTED);
                    org.assertj.core.api.Assertions.assertThat(e.at("/data/spendingId").asText()).isEqualTo(pending);
                    org.assertj.core.api.Assertions.assertThat(e.at("/data/externalReference").asText()).isEqualTo("PAN-2024-0003");
                }));
    }

    @Test
    void nothingOfAnotherOrganisationOrWardIsReachable() {
        declare(onsWelzijn, "OW-2024-0001", 10_000).statusCode(201);
        assertProblem(given().auth().oauth2(pantein).get(PATH + "/declarations/OW-2024-0001").then(), 404);
        given().auth().oauth2(pantein).get(PATH + "/declarations").then().statusCode(200)
                .body("findAll { it.providerId != 'pantein' }.size()", equalTo(0));
        // Another ward is not in the token.
        assertProblem(given().auth().oauth2(Tokens.partnerSystem("pantein", null, "ruwaard")).get(PATH).then(), 403);
        // An organisation outside the financial experiment declares nothing.
        String municipality = Tokens.partnerSystem("gemeente-oss", null, WARD);
        assertProblem(declare(municipality, "GEM-1", 1_000), 403);
        assertProblem(given().auth().oauth2(municipality).get(PATH).then(), 403);
        // Operations not given to a partner system: the ward's budget, allocations, spending, approvals.
        assertProblem(given().auth().oauth2(pantein).get("/api/wards/" + WARD + "/budgets/2024").then(), 403);
        assertProblem(given().auth().oauth2(pantein).get("/api/wards/" + WARD + "/budgets/2024/allocations").then(), 403);
        assertProblem(given().auth().oauth2(pantein).get("/api/wards/" + WARD + "/budgets/2024/spending").then(), 403);
        assertProblem(given().auth().oauth2(pantein).get("/api/wards/" + WARD + "/budgets/2024/commitments").then(), 403);
        // A token narrowed to reading its line cannot declare.
        String readOnly = Tokens.partnerSystem("pantein", "partner-budget", WARD);
        given().auth().oauth2(readOnly).get(PATH).then().statusCode(200).body("allocation.lumpSumPercent", equalTo(40));
        assertProblem(declare(readOnly, "PAN-2024-0099", 1_000), 403);
        given().auth().oauth2(pantein).get(PATH + "/declarations/PAN-2024-0099").then().statusCode(404)
                .body("errors", nullValue());
    }

    @Test
    void everythingAPartnerSystemDoesIsInTheAccessLogAsThatOrganisationsSystem() {
        String reference = "OW-LOG-" + UUID.randomUUID().toString().substring(0, 8);
        declare(onsWelzijn, reference, 10_000).statusCode(201);
        given().auth().oauth2(onsWelzijn).get(PATH).then().statusCode(200);
        given().auth().oauth2(onsWelzijn).get(PATH + "/declarations").then().statusCode(200);
        given().auth().oauth2(onsWelzijn).get(PATH + "/declarations/" + reference).then().statusCode(200);
        // Refused attempts are logged too: another organisation asking for it, a token without the capability.
        assertProblem(given().auth().oauth2(pantein).get(PATH + "/declarations/" + reference).then(), 404);
        assertProblem(declare(Tokens.partnerSystem("ons-welzijn", "partner-budget", WARD), reference + "-X", 1_000), 403);

        List<PartnerAccessEntry> log = QuarkusTransaction.requiringNew().call(() -> PartnerAccessEntry.<PartnerAccessEntry> list(
                "subject in ?1 or (action = 'partner.budget.read' or action = 'partner.declaration.list') and organisation = 'ons-welzijn'",
                List.of("2024/" + reference, "2024/" + reference + "-X")));
        assertThat(log).filteredOn(e -> e.organisation.equals("ons-welzijn")).extracting(e -> e.action + " " + e.outcome)
                .contains("partner.declaration.submit GRANTED", "partner.budget.read GRANTED", "partner.declaration.list GRANTED",
                        "partner.declaration.read GRANTED", "partner.declaration.submit DENIED");
        assertThat(log).filteredOn(e -> e.organisation.equals("ons-welzijn")).allSatisfy(e -> {
            assertThat(e.actor).isEqualTo("service-account-partner-ons-welzijn");
            assertThat(e.clientId).isEqualTo("partner-ons-welzijn");
            assertThat(e.actorRole).isEqualTo("partner-system");
            assertThat(e.ward).isEqualTo(WARD);
        });
        assertThat(log).filteredOn(e -> e.organisation.equals("pantein")).singleElement().satisfies(e -> {
            assertThat(e.action).isEqualTo("partner.declaration.read");
            assertThat(e.outcome).isEqualTo(PartnerAccessEntry.Outcome.DENIED);
            assertThat(e.actor).isEqualTo("service-account-partner-pantein");
        });
    }
}
