package nl.wijknetwerk.budget.spending;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.allocate;
import static nl.wijknetwerk.budget.BudgetFixtures.budget;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.budget.BudgetFixtures.professional;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.budget.BudgetFixtures;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TopicProbe;

/** Providers record spending; past the allocation it waits for the controller; the controller is alerted at 90%. */
@QuarkusTest
class SpendingTest {

    static final String WARD = "uitgavenwijk";
    static final String PATH = "/api/wards/" + WARD + "/budgets/2023";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static boolean yearSet;

    @BeforeEach
    void year() {
        BudgetFixtures.ward(WARD);
        if (yearSet) {
            return;
        }
        yearSet = true;
        budget(WARD, 2023, 50_000_000L).statusCode(200);
        allocate(WARD, 2023, "PROVIDER", "pantein", 10_000_000L, 50).statusCode(200);
        allocate(WARD, 2023, "PROVIDER", "ons-welzijn", 10_000_000L, 50).statusCode(200);
        allocate(WARD, 2023, "COLLECTIVE_PROVISION", null, 2_800_000L, null).statusCode(200);
        allocate(WARD, 2023, "VOORLIGGEND", null, 5_000_000L, null).statusCode(200);
    }

    private static ValidatableResponse spend(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH + "/spending").then();
    }

    private static long spent() {
        return given().auth().oauth2(controller(WARD)).get(PATH).then().statusCode(200).extract().jsonPath().getLong("spentCents");
    }

    @Test
    void theSameExternalReferenceIsRecordedOnce() {
        String body = """
                {"category": "PROVIDER", "providerId": "pantein", "amountCents": 1000000, "spentOn": "2023-02-10",
                 "externalReference": "PAN-2023-001", "description": "begeleiding februari"}""";
        long before = spent();
        String id = spend(professional("pantein", WARD), body).statusCode(201).body("status", equalTo("RECORDED")).extract().path("id");
        spend(professional("pantein", WARD), body).statusCode(200).body("id", equalTo(id));
        assertThat(spent()).isEqualTo(before + 1_000_000);
        // the same reference with another amount is not a retry but a mistake
        assertFieldProblem(spend(professional("pantein", WARD), body.replace("1000000", "1000001")), 422, "externalReference");
        assertThat(spent()).isEqualTo(before + 1_000_000);
    }

    @Test
    void spendingPastTheAllocationNeedsTheControllersApproval() {
        long before = spent();
        String over = """
                {"category": "PROVIDER", "providerId": "ons-welzijn", "amountCents": 10500000, "spentOn": "2023-06-30",
                 "externalReference": "OW-2023-OVER"%s}""";
        assertFieldProblem(spend(professional("ons-welzijn", WARD), over.formatted("")), 422, "amountCents");
        assertThat(spent()).isEqualTo(before);

        String id = spend(professional("ons-welzijn", WARD), over.formatted(", \"requestApproval\": true")).statusCode(202)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        given().auth().oauth2(controller(WARD)).get(PATH).then().body("pendingApprovalCents", equalTo(10_500_000));
        assertThat(spent()).isEqualTo(before);

        // the provider cannot approve its own overspending
        given().auth().oauth2(professional("ons-welzijn", WARD)).post(PATH + "/spending/" + id + "/approval").then().statusCode(403);
        given().auth().oauth2(controller(WARD)).post(PATH + "/spending/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("RECORDED")).body("decidedBy", equalTo("carla"));
        assertThat(spent()).isEqualTo(before + 10_500_000);
        assertProblem(given().auth().oauth2(controller(WARD)).post(PATH + "/spending/" + id + "/approval").then(), 409);
    }

    @Test
    void aCategoryPassingNinetyPercentAlertsTheControllerOnce() {
        // € 28,000 for the community centre: € 25,300 spent is 90.4%
        spend(controller(WARD), """
                {"category": "COLLECTIVE_PROVISION", "amountCents": 2530000, "spentOn": "2023-10-31", "externalReference": "HVW-2023-10"}""")
                .statusCode(201);
        spend(controller(WARD), """
                {"category": "COLLECTIVE_PROVISION", "amountCents": 100000, "spentOn": "2023-11-30", "externalReference": "HVW-2023-11"}""")
                .statusCode(201);
        given().auth().oauth2(controller(WARD)).get(PATH).then()
                .body("categories.find { it.category == 'COLLECTIVE_PROVISION' }.utilisationPercent", equalTo(93.9f))
                .body("categories.find { it.category == 'COLLECTIVE_PROVISION' }.remainingCents", equalTo(170_000));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> alerts = TopicProbe.readAll(kafka, Topics.BUDGET).stream()
                    .filter(e -> e.path("type").asText().equals(EventTypes.THRESHOLD_PASSED) && e.path("wardid").asText().equals(WARD))
                    .toList();
            assertThat(alerts).hasSize(1);
            assertThat(EventSchemas.violations(alerts.get(0))).isEmpty();
            assertThat(alerts.get(0).path("data").path("category").asText()).isEqualTo("COLLECTIVE_PROVISION");
            assertThat(alerts.get(0).path("data").path("utilisationPercent").decimalValue()).isEqualByComparingTo("90.4");
        });
    }

    @Test
    void aCsvExportIsImportedOnceAndABadRowRefusesTheWholeFile() {
        String csv = """
                externalReference,spentOn,category,providerId,amountCents,description
                VL-2023-01,2023-01-31,VOORLIGGEND,,120000,Inloop januari
                VL-2023-02,2023-02-28,VOORLIGGEND,,130000,"Inloop februari, met koffie"
                VL-2023-03,2023-03-31,VOORLIGGEND,,140000,Inloop maart
                """;
        long before = spent();
        given().auth().oauth2(controller(WARD)).contentType("text/csv").body(csv).post(PATH + "/spending/import").then()
                .statusCode(200).body("rows", equalTo(3)).body("recorded", equalTo(3)).body("alreadyKnown", equalTo(0));
        given().auth().oauth2(controller(WARD)).contentType("text/csv").body(csv).post(PATH + "/spending/import").then()
                .statusCode(200).body("recorded", equalTo(0)).body("alreadyKnown", equalTo(3));
        assertThat(spent()).isEqualTo(before + 390_000);

        String bad = """
                externalReference,spentOn,category,providerId,amountCents
                VL-2023-04,2023-04-30,VOORLIGGEND,,150000
                VL-2023-05,2023-05-31,VOORLIGGEND,,-150000
                """;
        assertFieldProblem(given().auth().oauth2(controller(WARD)).contentType("text/csv").body(bad)
                .post(PATH + "/spending/import").then(), 400, "rows[3].amountCents");
        String outside = """
                externalReference,spentOn,category,providerId,amountCents
                VL-2023-06,2023-06-30,VOORLIGGEND,,150000
                GEM-2023-01,2023-06-30,PROVIDER,gemeente-oss,150000
                """;
        assertFieldProblem(given().auth().oauth2(controller(WARD)).contentType("text/csv").body(outside)
                .post(PATH + "/spending/import").then(), 422, "rows[3].providerId");
        // The controller's page asks in Dutch: the same row and field, told in Dutch.
        given().auth().oauth2(controller(WARD)).header("Accept-Language", "nl").contentType("text/csv").body(outside)
                .post(PATH + "/spending/import").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.startsWith("regel 3: "))
                .body("errors[0].field", equalTo("rows[3].providerId"))
                .body("errors[0].message", equalTo("'gemeente-oss' doet in 2023 niet mee aan het financieel experiment van deze wijk"));
        given().auth().oauth2(controller(WARD)).header("Accept-Language", "nl").contentType("text/csv")
                .body("externalReference,spentOn,category\n").post(PATH + "/spending/import").then().statusCode(400)
                .body("errors[0].field", equalTo("csv")).body("errors[0].message", equalTo("de kopregel mist kolom 'amountCents'"));
        assertThat(spent()).isEqualTo(before + 390_000);
        given().auth().oauth2(controller(WARD)).get(PATH + "/spending").then()
                .body("findAll { it.externalReference.startsWith('VL-') }.size()", equalTo(3));
    }

    @Test
    void badSpendingIsRefusedNamingTheField() {
        long before = spent();
        assertFieldProblem(spend(professional("pantein", WARD), """
                {"category": "PROVIDER", "providerId": "pantein", "amountCents": -100, "spentOn": "2023-02-10", "externalReference": "NEG-1"}"""),
                400, "amountCents");
        assertFieldProblem(spend(professional("pantein", WARD), """
                {"category": "PROVIDER", "providerId": "pantein", "amountCents": 100, "spentOn": "2022-12-31", "externalReference": "OLD-1"}"""),
                400, "spentOn");
        assertFieldProblem(spend(controller(WARD), """
                {"category": "PROVIDER", "providerId": "gemeente-oss", "amountCents": 100, "spentOn": "2023-02-10", "externalReference": "GEM-1"}"""),
                422, "providerId");
        // a professional records for their own organisation only
        assertProblem(spend(professional("ons-welzijn", WARD), """
                {"category": "PROVIDER", "providerId": "pantein", "amountCents": 100, "spentOn": "2023-02-10", "externalReference": "OW-1"}"""),
                403);
        assertThat(spent()).isEqualTo(before);
    }
}
