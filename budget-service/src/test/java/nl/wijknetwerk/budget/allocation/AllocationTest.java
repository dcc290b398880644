package nl.wijknetwerk.budget.allocation;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.allocate;
import static nl.wijknetwerk.budget.BudgetFixtures.budget;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.budget.BudgetFixtures;

/** The controller divides the budget over providers of the financial experiment and categories, never past the budget. */
@QuarkusTest
class AllocationTest {

    static final String WARD = "verdeelwijk";

    @BeforeEach
    void ward() {
        BudgetFixtures.ward(WARD);
    }

    @Test
    void aProviderLineSplitsIntoLumpSumAndPxq() {
        budget(WARD, 2027, 100_000_000L).statusCode(200);
        allocate(WARD, 2027, "PROVIDER", "ons-welzijn", 31_000_001L, 50).statusCode(200)
                .body("allocation.lumpSumCents", equalTo(15_500_001))
                .body("allocation.pxqCents", equalTo(15_500_000))
                .body("totalAllocatedCents", equalTo(31_000_001))
                .body("unallocatedCents", equalTo(68_999_999));
        // the same line again replaces it: the sum counts it once, and its lump-sum share is kept
        allocate(WARD, 2027, "PROVIDER", "ons-welzijn", 30_000_000L, null).statusCode(200)
                .body("allocation.lumpSumPercent", equalTo(50))
                .body("totalAllocatedCents", equalTo(30_000_000));
        allocate(WARD, 2027, "COLLECTIVE_PROVISION", null, 2_800_000L, null).statusCode(200)
                .body("totalAllocatedCents", equalTo(32_800_000));
    }

    @Test
    void badAllocationsAreRefusedAndChangeNothing() {
        budget(WARD, 2029, 10_000_000L).statusCode(200);
        allocate(WARD, 2029, "RESERVE", null, 4_000_000L, null).statusCode(200);

        assertFieldProblem(allocate(WARD, 2029, "MAATWERK", null, 6_000_001L, null), 422, "amountCents");
        // The controller's page asks in Dutch, and reads the room left in euros.
        assertFieldProblem(given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).header("Accept-Language", "nl")
                .body("{\"category\": \"MAATWERK\", \"amountCents\": 6000001}").put("/api/wards/" + WARD + "/budgets/2029/allocations")
                .then(), 422, "amountCents")
                .body("errors[0].message", equalTo("van de € 100.000,00 van 2029 is nog maar € 60.000,00 niet elders verdeeld"));
        assertFieldProblem(allocate(WARD, 2029, "MAATWERK", null, -1L, null), 400, "amountCents");
        assertFieldProblem(allocate(WARD, 2029, "PROVIDER", "gemeente-oss", 1_000L, 50), 422, "providerId");
        assertFieldProblem(allocate(WARD, 2029, "PROVIDER", "bakker-de-vries", 1_000L, 50), 422, "providerId");
        assertFieldProblem(allocate(WARD, 2029, "PROVIDER", null, 1_000L, 50), 400, "providerId");
        assertFieldProblem(allocate(WARD, 2029, "VOORLIGGEND", null, 1_000L, 40), 400, "lumpSumPercent");
        assertFieldProblem(allocate(WARD, 2029, "PROVIDER", "pantein", 1_000L, 101), 400, "lumpSumPercent");
        // lowering the budget below what is allocated is refused too
        assertFieldProblem(budget(WARD, 2029, 3_999_999L), 422, "sources");

        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2029/allocations").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].category", equalTo("RESERVE"))
                .body("[0].amountCents", equalTo(4_000_000));
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2029").then()
                .statusCode(200).body("budgetCents", equalTo(10_000_000)).body("allocatedCents", equalTo(4_000_000));
    }

    @Test
    void aProviderThatLeftTheExperimentGetsNoAllocationInLaterYears() {
        nl.wijknetwerk.testing.TestEvents.publish(nl.wijknetwerk.shared.event.Topics.NETWORK,
                nl.wijknetwerk.shared.event.EventTypes.ORGANISATION_LEFT, WARD, "unik",
                "{\"organisationId\": \"unik\", \"until\": \"2026-06-30\"}");
        budget(WARD, 2037, 1_000_000L).statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/providers").then()
                .body("find { it.organisationId == 'unik' }.until", equalTo("2026-06-30")));
        assertFieldProblem(allocate(WARD, 2037, "PROVIDER", "unik", 1_000L, 50), 422, "providerId");
        allocate(WARD, 2037, "PROVIDER", "pantein", 1_000L, 50).statusCode(200);
    }

    @Test
    void onlyTheControllerAllocates() {
        budget(WARD, 2026, 1_000_000L).statusCode(200);
        given().auth().oauth2(BudgetFixtures.financier(WARD)).contentType("application/json")
                .body("{\"category\": \"RESERVE\", \"amountCents\": 1}").put("/api/wards/" + WARD + "/budgets/2026/allocations")
                .then().statusCode(403);
    }

    /**
     * Ten controllers allocate 30% each at the same moment. Without the row lock each would see only the committed
     * lines and all ten would pass; with it exactly three fit, and the sum stays within the budget.
     */
    @Test
    void concurrentControllersNeverAllocatePastTheBudget() throws Exception {
        budget(WARD, 2028, 10_000_000L).statusCode(200);
        List<String> providers = BudgetFixtures.EXPERIMENT;
        ExecutorService pool = Executors.newFixedThreadPool(providers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String provider : providers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return allocate(WARD, 2028, "PROVIDER", provider, 3_000_000L, 50).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(providers.size() - 3);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(controller(WARD)).get("/api/wards/" + WARD + "/budgets/2028").then().statusCode(200)
                .body("allocatedCents", equalTo(9_000_000)).body("unallocatedCents", equalTo(1_000_000))
                .body("providers.size()", equalTo(3));
    }
}
