package nl.wijknetwerk.cases.triage;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.awaitEvent;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.openCase;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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

/** The triage route changes while the case runs; its history shows where it started. */
@QuarkusTest
class TriageRouteTest {

    static final String WARD = "ruwaard";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    final String sanne = Tokens.professional("sanne", "brabantwonen", WARD);

    @BeforeEach
    void ward() {
        CaseFixture.ward(WARD);
        CaseFixture.ward("ussen");
    }

    private ValidatableResponse change(String token, String ward, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/wards/" + ward + "/cases/" + caseId + "/triage-route").then();
    }

    @Test
    void afterTheIntakeTheRouteChangesAndTheCaseShowsWhereItStarted() {
        String caseId = openCase(sanne, WARD, "Ik zit veel alleen thuis.");
        change(sanne, WARD, caseId, """
                {"route": "GUIDED_TO_COLLECTIVE", "reason": "Na de intake: de buurtkamer, met iemand die meegaat."}""")
                .statusCode(200).body("route", equalTo("GUIDED_TO_COLLECTIVE"))
                .body("history.from", contains("INDIVIDUAL_AT_HOME")).body("history.to", contains("GUIDED_TO_COLLECTIVE"));
        change(sanne, WARD, caseId, "{\"route\": \"COLLECTIVE_DIRECT\"}").statusCode(200);

        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId + "/triage-route").then().statusCode(200)
                .body("route", equalTo("COLLECTIVE_DIRECT"))
                .body("history.from", contains("INDIVIDUAL_AT_HOME", "GUIDED_TO_COLLECTIVE"))
                .body("history.changedBy", contains("sanne", "sanne"));
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId).then()
                .body("triageRoute", equalTo("COLLECTIVE_DIRECT"));

        JsonNode event = awaitEvent(kafka, EventTypes.TRIAGE_ROUTE_CHANGED, caseId,
                e -> e.path("data").path("to").asText().equals("GUIDED_TO_COLLECTIVE"));
        assertThat(event.path("data").path("from").asText()).isEqualTo("INDIVIDUAL_AT_HOME");
        assertThat(event.toString()).doesNotContain("buurtkamer");
    }

    @Test
    void theSameRouteAnUnknownRouteOrAnotherWardsCaseIsRefusedAndNothingChanges() {
        String caseId = openCase(sanne, WARD, "Ik wil weer aan het werk.");
        assertFieldProblem(change(sanne, WARD, caseId, "{\"route\": \"INDIVIDUAL_AT_HOME\"}"), 422, "route");
        assertFieldProblem(change(sanne, WARD, caseId, "{\"route\": \"SOMEWHERE\"}"), 400, "route");
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId + "/triage-route").then()
                .body("route", equalTo("INDIVIDUAL_AT_HOME")).body("history.size()", equalTo(0));

        String ussenCase = openCase(Tokens.professional("chantal", "pantein", "ussen"), "ussen", "Hulp bij de opvoeding.");
        assertProblem(change(Tokens.professional("sanne", "brabantwonen", WARD, "ussen"), WARD, ussenCase,
                "{\"route\": \"COLLECTIVE_DIRECT\"}"), 404);
        // Someone whose organisation was never at the table cannot change it.
        assertProblem(change(Tokens.professional("pieter", "ggd", WARD), WARD, caseId, "{\"route\": \"COLLECTIVE_DIRECT\"}"), 404);
    }
}
