package nl.wijknetwerk.budget;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.allocate;
import static nl.wijknetwerk.budget.BudgetFixtures.budget;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Ussen never sees Ruwaard's budget: its token is refused in Ruwaard, and Ruwaard's rows are not found through Ussen. */
@QuarkusTest
class BudgetTenancyTest {

    @BeforeEach
    void wards() {
        BudgetFixtures.ward("ruwaard");
        BudgetFixtures.ward("ussen");
    }

    @Test
    void anotherWardNeverSeesThisWardsBudget() {
        budget("ruwaard", 2040, 5_000_000L).statusCode(200);
        allocate("ruwaard", 2040, "PROVIDER", "pantein", 1_000_000L, 33).statusCode(200);
        String spending = given().auth().oauth2(controller("ruwaard")).contentType(ContentType.JSON).body("""
                {"category": "PROVIDER", "providerId": "pantein", "amountCents": 1000, "spentOn": "2040-01-15", "externalReference": "T-1"}""")
                .post("/api/wards/ruwaard/budgets/2040/spending").then().statusCode(201).extract().path("id");

        String ussen = controller("ussen");
        // 403: the token does not cover Ruwaard
        assertProblem(given().auth().oauth2(ussen).get("/api/wards/ruwaard/budgets/2040").then(), 403);
        assertProblem(given().auth().oauth2(ussen).get("/api/wards/ruwaard/budgets").then(), 403);
        assertProblem(allocateAs(ussen, "ruwaard"), 403);
        assertProblem(given().auth().oauth2(BudgetFixtures.financier("ussen")).contentType(ContentType.JSON)
                .body("{\"sources\": [{\"source\": \"WELFARE\", \"amountCents\": 1}], \"reason\": \"x\"}")
                .put("/api/wards/ruwaard/budgets/2040/sources").then(), 403);
        // 404: through its own ward nothing of Ruwaard's is found, whatever the id
        assertProblem(given().auth().oauth2(ussen).get("/api/wards/ussen/budgets/2040").then(), 404);
        assertProblem(given().auth().oauth2(ussen).get("/api/wards/ussen/budgets/2040/spending/" + spending).then(), 404);
        given().auth().oauth2(ussen).get("/api/wards/ussen/budgets").then().statusCode(200).body("year", not(hasItem(2040)));
        // The same slug of a provider in Ussen is Ussen's own: Ruwaard's allocation does not show there.
        budget("ussen", 2040, 2_000_000L).statusCode(200);
        given().auth().oauth2(ussen).get("/api/wards/ussen/budgets/2040").then().statusCode(200)
                .body("budgetCents", equalTo(2_000_000)).body("allocatedCents", equalTo(0)).body("spentCents", equalTo(0));
        given().auth().oauth2(controller("ruwaard")).get("/api/wards/ruwaard/budgets/2040").then().statusCode(200)
                .body("budgetCents", equalTo(5_000_000)).body("spentCents", equalTo(1000));
    }

    @Test
    void aWardUnknownHereIsNotFound() {
        assertProblem(given().auth().oauth2(controller("*")).get("/api/wards/atlantis/budgets").then(), 404);
    }

    private static io.restassured.response.ValidatableResponse allocateAs(String token, String ward) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"category\": \"RESERVE\", \"amountCents\": 1}")
                .put("/api/wards/" + ward + "/budgets/2040/allocations").then();
    }
}
