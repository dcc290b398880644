package nl.wijknetwerk.cases.followup;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.openCase;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.cases.wellbeing.CaseFixture;
import nl.wijknetwerk.testing.Tokens;

/** "Niet zomaar los": a resident who declined help surfaces again on the follow-up date, per professional and ward. */
@QuarkusTest
class FollowUpTest {

    static final String WARD = "ruwaard";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final String LIST = "/api/wards/" + WARD + "/follow-ups";

    final String joost = Tokens.professional("joost", "jij-advies", WARD);
    final String lotte = Tokens.professional("lotte", "jij-advies", WARD);

    @BeforeEach
    void ward() {
        CaseFixture.ward(WARD);
        CaseFixture.ward("ussen");
    }

    private String declined(String token, String question, LocalDate followUpOn) {
        String caseId = openCase(token, WARD, question);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"followUpOn\": \"" + followUpOn + "\"}")
                .post("/api/wards/" + WARD + "/cases/" + caseId + "/decline").then().statusCode(200);
        return caseId;
    }

    @Test
    void aDeclinedCaseComesUpOnItsFollowUpDateAndIsFlaggedOnceOverdue() {
        String soon = declined(joost, "Ik wil nu even niets, misschien later.", TODAY.plusWeeks(2));
        String later = declined(joost, "Nu niet, na de zomer misschien.", TODAY.plusWeeks(6));
        String colleagues = declined(lotte, "Ik red me wel.", TODAY.plusWeeks(4));
        String running = openCase(joost, WARD, "Ik wil graag hulp bij de administratie.");

        // Joost's own list, in three weeks: the first is overdue, the second still upcoming.
        given().auth().oauth2(joost).queryParam("professional", "joost").queryParam("on", TODAY.plusWeeks(3).toString())
                .get(LIST).then().statusCode(200)
                .body("cases.caseId", contains(soon, later))
                .body("cases.status", contains("OVERDUE", "UPCOMING"))
                .body("overdue", equalTo(1)).body("total", equalTo(2));
        // On the day itself it is due, not yet overdue.
        given().auth().oauth2(joost).queryParam("professional", "joost").queryParam("on", TODAY.plusWeeks(2).toString())
                .get(LIST).then().body("cases[0].status", equalTo("DUE")).body("overdue", equalTo(0));
        // The ward's list (same organisation) holds the colleague's too, earliest first; a running case is no follow-up.
        given().auth().oauth2(joost).queryParam("on", TODAY.plusWeeks(5).toString()).get(LIST).then()
                .body("cases.findAll { it.caseId in ['" + soon + "', '" + later + "', '" + colleagues + "'] }.caseId",
                        contains(soon, colleagues, later))
                .body("cases.findAll { it.caseId == '" + running + "' }", hasSize(0));

        // Picked up again at the contact: off the list.
        given().auth().oauth2(joost).post("/api/wards/" + WARD + "/cases/" + soon + "/reopen").then().statusCode(200);
        given().auth().oauth2(joost).queryParam("professional", "joost").get(LIST).then().body("cases.caseId", contains(later));
    }

    @Test
    void anotherOrganisationOrWardDoesNotSeeTheFollowUps() {
        String caseId = declined(joost, "Laat me maar even.", TODAY.plusWeeks(1));
        given().auth().oauth2(Tokens.professional("pieter", "ggd", WARD)).get(LIST).then().statusCode(200)
                .body("cases.findAll { it.caseId == '" + caseId + "' }", hasSize(0));
        given().auth().oauth2(Tokens.professional("chantal", "pantein", "ussen")).get("/api/wards/ussen/follow-ups").then()
                .statusCode(200).body("cases.findAll { it.caseId == '" + caseId + "' }", hasSize(0));
        assertProblem(given().auth().oauth2(joost).get("/api/wards/ussen/follow-ups").then(), 403);
        assertProblem(given().auth().oauth2(joost).queryParam("size", 500).get(LIST).then(), 400);
    }
}
