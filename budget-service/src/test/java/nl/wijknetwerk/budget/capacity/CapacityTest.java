package nl.wijknetwerk.budget.capacity;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.budget.BudgetFixtures.professional;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.budget.BudgetFixtures;

/** Hour budgets per priority: the network sees where its time goes against what it set out to do. */
@QuarkusTest
class CapacityTest {

    static final String WARD = "urenwijk";
    static final String PATH = "/api/wards/" + WARD + "/capacity/2025";

    @BeforeEach
    void ward() {
        BudgetFixtures.ward(WARD);
    }

    private static ValidatableResponse set(String priority, String hours) {
        return given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).body("{\"hoursBudgeted\": " + hours + "}")
                .put(PATH + "/" + priority).then();
    }

    private static ValidatableResponse use(String priority, String hours) {
        return given().auth().oauth2(professional("ons-welzijn", WARD)).contentType(ContentType.JSON)
                .body("{\"hours\": " + hours + "}").post(PATH + "/" + priority + "/usage").then();
    }

    @Test
    void hoursUsedCountAgainstEachPrioritysBudget() {
        set("PREVENTION", "1200").statusCode(200);
        set("INDIVIDUAL_CARE", "800.50").statusCode(200);
        use("PREVENTION", "3.5").statusCode(200);
        use("PREVENTION", "2.25").statusCode(200).body("hoursUsed", equalTo(5.75f)).body("hoursLeft", equalTo(1194.25f));

        given().auth().oauth2(controller(WARD)).get(PATH).then().statusCode(200)
                .body("priority", hasItems("INDIVIDUAL_CARE", "PREVENTION"))
                .body("find { it.priority == 'PREVENTION' }.utilisationPercent", equalTo(0.5f))
                .body("find { it.priority == 'INDIVIDUAL_CARE' }.hoursUsed", equalTo(0f));
    }

    @Test
    void badHoursAreRefusedAndChangeNothing() {
        set("CITIZEN_PARTICIPATION", "400").statusCode(200);
        assertFieldProblem(use("CITIZEN_PARTICIPATION", "-2"), 400, "hours");
        assertFieldProblem(use("CITIZEN_PARTICIPATION", "1.234"), 400, "hours");
        assertFieldProblem(set("CITIZEN_PARTICIPATION", "-1"), 400, "hoursBudgeted");
        // no hour budget for experience experts in 2025: nothing to count against
        assertProblem(use("EXPERIENCE_EXPERTS", "1"), 404);
        given().auth().oauth2(controller(WARD)).get(PATH).then()
                .body("find { it.priority == 'CITIZEN_PARTICIPATION' }.hoursUsed", equalTo(0f))
                .body("find { it.priority == 'CITIZEN_PARTICIPATION' }.hoursBudgeted", equalTo(400f));
    }
}
