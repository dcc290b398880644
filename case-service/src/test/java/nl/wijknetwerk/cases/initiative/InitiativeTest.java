package nl.wijknetwerk.cases.initiative;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.awaitEvent;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.cases.wellbeing.CaseFixture;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;

/** Prevention activities and resident initiatives: what they need, how they run, and the event monitoring counts. */
@QuarkusTest
class InitiativeTest {

    static final String TAALCAFE = """
            {"kind": "RESIDENT_INITIATIVE", "name": "Taalcafé in Ons Huis van de Wijk",
             "goal": "Anderstalige buurtgenoten oefenen Nederlands met vrijwilligers uit de wijk",
             "initiator": "RESIDENTS_WITH_PROFESSIONALS", "status": "%s",
             "participants": %d, "volunteers": 4, "visitorsPerWeek": 25,
             "needs": {"space": "een lokaal op dinsdagochtend", "moneyCents": 75000, "people": 2}}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    final String anna = Tokens.professional("anna", "ons-welzijn", "ruwaard");

    @BeforeEach
    void wards() {
        CaseFixture.ward("ruwaard");
        CaseFixture.ward("ussen");
    }

    private ValidatableResponse create(String token, String ward, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/wards/" + ward + "/initiatives").then();
    }

    private ValidatableResponse change(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/wards/ruwaard/initiatives/" + id).then();
    }

    @Test
    void aResidentInitiativeGrowsAndEndsAndEachChangeIsAnEvent() {
        String id = create(anna, "ruwaard", TAALCAFE.formatted("IN_PREPARATION", 0)).statusCode(201)
                .body("needs.moneyCents", equalTo(75_000)).body("needs.space", equalTo("een lokaal op dinsdagochtend"))
                .extract().path("id");
        change(anna, id, TAALCAFE.formatted("RUNNING", 18)).statusCode(200).body("participants", equalTo(18));
        given().auth().oauth2(anna).queryParam("status", "RUNNING").get("/api/wards/ruwaard/initiatives").then()
                .statusCode(200).body("id", hasItem(id));

        JsonNode running = awaitEvent(kafka, EventTypes.INITIATIVE_CHANGED, id,
                e -> e.path("data").path("status").asText().equals("RUNNING"));
        assertThat(running.path("data").path("participants").asInt()).isEqualTo(18);
        assertThat(running.path("data").path("visitorsPerWeek").asInt()).isEqualTo(25);
        assertThat(running.path("data").path("initiator").asText()).isEqualTo("RESIDENTS_WITH_PROFESSIONALS");
        assertThat(running.toString()).doesNotContain("Taalcafé");

        change(anna, id, TAALCAFE.formatted("ENDED", 18)).statusCode(200);
        assertFieldProblem(change(anna, id, TAALCAFE.formatted("RUNNING", 30)), 409, "status");
        given().auth().oauth2(anna).get("/api/wards/ruwaard/initiatives/" + id).then()
                .body("status", equalTo("ENDED")).body("participants", equalTo(18));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsWritten() {
        String id = create(anna, "ruwaard", TAALCAFE.formatted("RUNNING", 10)).statusCode(201).extract().path("id");
        assertFieldProblem(change(anna, id, TAALCAFE.formatted("RUNNING", -1)), 400, "participants");
        assertFieldProblem(change(anna, id, TAALCAFE.formatted("RUNNING", 5).replace("\"moneyCents\": 75000", "\"moneyCents\": -5")),
                400, "needs.moneyCents");
        assertFieldProblem(change(anna, id, TAALCAFE.formatted("BLOEIEND", 5)), 400, "status");
        assertFieldProblem(change(anna, id, TAALCAFE.formatted("RUNNING", 5).replace("RESIDENT_INITIATIVE", "PREVENTION_ACTIVITY")),
                422, "kind");
        given().auth().oauth2(anna).get("/api/wards/ruwaard/initiatives/" + id).then().body("participants", equalTo(10));
        int before = given().auth().oauth2(anna).get("/api/wards/ruwaard/initiatives").then().extract().path("size()");
        assertFieldProblem(create(anna, "ruwaard", TAALCAFE.formatted("RUNNING", 5)
                .replace("Anderstalige buurtgenoten oefenen Nederlands met vrijwilligers uit de wijk", " ")), 400, "goal");
        given().auth().oauth2(anna).get("/api/wards/ruwaard/initiatives").then().body("size()", equalTo(before));
    }

    @Test
    void anotherWardsInitiativeIsNeitherListedNorFound() {
        String chantal = Tokens.professional("chantal", "pantein", "ussen");
        String ussen = create(chantal, "ussen", """
                {"kind": "PREVENTION_ACTIVITY", "name": "Stoptober Ussen", "goal": "Samen stoppen met roken",
                 "initiator": "PROFESSIONALS", "status": "RUNNING", "participants": 12}""").statusCode(201).extract().path("id");
        given().auth().oauth2(anna).get("/api/wards/ruwaard/initiatives").then().body("id", not(hasItem(ussen)));
        assertProblem(given().auth().oauth2(anna).get("/api/wards/ruwaard/initiatives/" + ussen).then(), 404);
        assertProblem(change(anna, ussen, TAALCAFE.formatted("RUNNING", 5)), 404);
    }
}
