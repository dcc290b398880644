package nl.wijknetwerk.budget.frame;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.RUWAARD_SOURCES;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.budget.BudgetFixtures.financier;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.budget.BudgetFixtures;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TopicProbe;

/** The financier sets a multi-year agreement and each year's funding sources; changes are revisions, never overwrites. */
@QuarkusTest
class BudgetFrameTest {

    static final String WARD = "kaderwijk";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void ward() {
        BudgetFixtures.ward(WARD);
    }

    private static io.restassured.response.ValidatableResponse sources(String token, int year, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/wards/" + WARD + "/budgets/" + year + "/sources").then();
    }

    @Test
    void aFiveYearAgreementSetsTheSameBudgetForEveryYear() {
        given().auth().oauth2(financier(WARD)).contentType(ContentType.JSON)
                .body("{\"firstYear\": 2030, \"lastYear\": 2034, \"description\": \"vast voor vijf jaar\", \"sources\": " + RUWAARD_SOURCES + "}")
                .post("/api/wards/" + WARD + "/budgets/agreements").then().statusCode(201)
                .body("years.year", contains(2030, 2031, 2032, 2033, 2034))
                .body("years.totalCents", contains(200_000_000, 200_000_000, 200_000_000, 200_000_000, 200_000_000));

        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets").then().statusCode(200)
                .body("year", hasItems(2030, 2034));
        // The frame the controller reads back: the agreement's span and description with its five years.
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/agreements").then().statusCode(200)
                .body("firstYear", contains(2030)).body("lastYear", contains(2034))
                .body("[0].description", equalTo("vast voor vijf jaar"))
                .body("[0].years.year", contains(2030, 2031, 2032, 2033, 2034))
                .body("[0].years.totalCents", contains(200_000_000, 200_000_000, 200_000_000, 200_000_000, 200_000_000));
        given().auth().oauth2(BudgetFixtures.professional("ons-welzijn", WARD)).get("/api/wards/" + WARD + "/budgets/agreements")
                .then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> set = TopicProbe.readAll(kafka, Topics.BUDGET).stream()
                    .filter(e -> e.path("type").asText().equals(EventTypes.BUDGET_SET) && e.path("wardid").asText().equals(WARD)
                            && e.path("data").path("year").asInt() == 2032)
                    .toList();
            assertThat(set).hasSize(1);
            assertThat(EventSchemas.violations(set.get(0))).isEmpty();
            assertThat(set.get(0).path("data").path("totalCents").asLong()).isEqualTo(200_000_000L);
        });

        // An agreement overlapping a year that has a budget is refused whole: 2035 is not created either.
        assertFieldProblem(given().auth().oauth2(financier(WARD)).contentType(ContentType.JSON)
                .body("{\"firstYear\": 2034, \"lastYear\": 2035, \"sources\": " + RUWAARD_SOURCES + "}")
                .post("/api/wards/" + WARD + "/budgets/agreements").then(), 422, "firstYear");
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets").then()
                .body("year", not(hasItem(2035)));
    }

    @Test
    void twoFinanciersAgreeingTheSameYearsAtOnceGetOneBudgetAndAConflictNeverAnError() throws Exception {
        String body = "{\"firstYear\": 2045, \"lastYear\": 2046, \"sources\": " + RUWAARD_SOURCES + "}";
        String token = financier(WARD);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                            .post("/api/wards/" + WARD + "/budgets/agreements").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            // Whoever loses the race hears why: 422 when the winner had committed before it looked, 409 when both
            // got past the check and the database refused the second.
            assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 409 || s == 422);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets").then().statusCode(200)
                .body("findAll { it.year == 2045 }.size()", equalTo(1));
    }

    @Test
    void aChangeAfterTheYearStartedIsAnAmendmentBesideTheOriginal() {
        // 2024 has started (and ended): its budget exists once set, and every change after that is an amendment
        sources(financier(WARD), 2024, "{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": 55000000}]}")
                .statusCode(200).body("revision", equalTo(1)).body("amendment", equalTo(false));
        assertFieldProblem(sources(financier(WARD), 2024,
                "{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": 56500000}]}"), 400, "reason");
        sources(financier(WARD), 2024, """
                {"sources": [{"source": "WELFARE", "amountCents": 55000000}, {"source": "GGD_INNOVATION", "amountCents": 1500000}],
                 "reason": "GGD innovatiebudget digitaal wijkplatform"}""")
                .statusCode(200).body("revision", equalTo(2)).body("amendment", equalTo(true)).body("totalCents", equalTo(56_500_000));

        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2024/revisions").then().statusCode(200)
                .body("revision", contains(1, 2))
                .body("[0].totalCents", equalTo(55_000_000))
                .body("[0].sources.source", contains("WELFARE"))
                .body("[1].sources.source", contains("GGD_INNOVATION", "WELFARE"))
                .body("[1].reason", equalTo("GGD innovatiebudget digitaal wijkplatform"));
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2024").then().statusCode(200)
                .body("budgetCents", equalTo(56_500_000)).body("revision", equalTo(2)).body("amendments", equalTo(1));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        sources(financier(WARD), 2036, "{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": 1000}]}").statusCode(200);

        assertFieldProblem(sources(financier(WARD), 2036,
                "{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": -5}]}"), 400, "sources[0].amountCents");
        assertFieldProblem(sources(financier(WARD), 2036,
                "{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": 5}, {\"source\": \"WELFARE\", \"amountCents\": 6}]}"),
                400, "sources[1].source");
        assertFieldProblem(sources(financier(WARD), 2036,
                "{\"sources\": [{\"source\": \"LOTTERY\", \"amountCents\": 5}]}"), 400, "sources[0].source");
        assertFieldProblem(given().auth().oauth2(financier(WARD)).contentType(ContentType.JSON)
                .body("{\"firstYear\": 2041, \"lastYear\": 2040, \"sources\": " + RUWAARD_SOURCES + "}")
                .post("/api/wards/" + WARD + "/budgets/agreements").then(), 400, "lastYear");
        // only the financier sets budgets
        assertProblem(sources(controller(WARD), 2036, "{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": 9}]}"), 403);

        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2036/revisions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].totalCents", equalTo(1000));
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets").then()
                .body("year", not(hasItem(2040)));
    }
}
