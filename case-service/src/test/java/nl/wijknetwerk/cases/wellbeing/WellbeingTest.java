package nl.wijknetwerk.cases.wellbeing;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.awaitEvent;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.openCase;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;

/** The resident's own wellbeing score, its schedule and the ward's list of measurements due. */
@QuarkusTest
class WellbeingTest {

    static final String WARD = "ruwaard";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    final String sanne = Tokens.professional("sanne", "brabantwonen", WARD);

    @BeforeEach
    void ward() {
        CaseFixture.ward(WARD);
        CaseFixture.ward("ussen");
    }

    private io.restassured.response.ValidatableResponse record(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/wards/" + WARD + "/cases/" + caseId + "/wellbeing").then();
    }

    @Test
    void theCoupleWhoMovedSomewhereQuieterGoesFromThreeToEight() {
        String caseId = openCase(sanne, WARD, "Wij willen weg uit deze straat, de overlast van de buren is te veel.");
        // Before any help there is nothing to find fitting.
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 3, \"helpFitting\": 5}"), 422, "helpFitting");
        record(sanne, caseId, """
                {"moment": "T0", "score": 3,
                 "positiveHealth": {"bodilyFunctions": 4, "mentalWellbeing": 2, "meaning": 3, "qualityOfLife": 2,
                                    "participation": 3, "dailyFunctioning": 5}}""")
                .statusCode(201).body("score", equalTo(3)).body("recordedBy", equalTo("sanne"))
                .body("positiveHealth.mentalWellbeing", equalTo(2));
        // T1 measures the effect of the solution: not before a plan is agreed.
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T1\", \"score\": 8}"), 422, "moment");
        CaseFixture.agreePlanToday(sanne, WARD, caseId, "sanne", "brabantwonen");
        record(sanne, caseId, "{\"moment\": \"T1\", \"score\": 8, \"helpFitting\": 11}").statusCode(400);
        record(sanne, caseId, "{\"moment\": \"T1\", \"score\": 8, \"positiveHealth\": {\"mentalWellbeing\": 7}, \"helpFitting\": 9}")
                .statusCode(201).body("helpFitting", equalTo(9));

        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId + "/wellbeing").then().statusCode(200)
                .body("measurements.moment", contains("T0", "T1"))
                .body("measurements.score", contains(3, 8))
                .body("change", equalTo(5))
                .body("schedule[0].measuredOn", equalTo(TODAY.toString()))
                .body("measurements[1].positiveHealth.meaning", nullValue());

        JsonNode t1 = awaitEvent(kafka, EventTypes.WELLBEING_MEASURED, caseId, e -> e.path("data").path("moment").asText().equals("T1"));
        assertThat(t1.path("data").path("score").asInt()).isEqualTo(8);
        assertThat(t1.path("data").path("helpFitting").asInt()).isEqualTo(9);
        assertThat(t1.path("data").path("professionals").get(0).asText()).isEqualTo("sanne");
        assertThat(t1.path("data").path("positiveHealth").has("meaning")).isFalse();
        assertThat(t1.path("data").path("residentPseudonym").asText()).matches("rp-[0-9a-f]{32}");
        assertThat(t1.toString()).doesNotContain("overlast").doesNotContain("Bewoner");
    }

    @Test
    void aScoreOutsideOneToTenOrADimensionOutsideZeroToTenIsRefusedAndNothingIsWritten() {
        String caseId = openCase(sanne, WARD, "Ik red het niet meer alleen.");
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 0}"), 400, "score");
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 11}"), 400, "score");
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 6, \"positiveHealth\": {\"meaning\": 11}}"),
                400, "positiveHealth.meaning");
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T3\", \"score\": 6}"), 400, "moment");
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 6, \"measuredOn\": \"" + TODAY.plusDays(2) + "\"}"),
                400, "measuredOn");
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId + "/wellbeing").then()
                .body("measurements", empty()).body("schedule[0].status", equalTo("DUE"));
        assertThat(awaitNoWellbeingEvent(caseId)).isTrue();
    }

    private boolean awaitNoWellbeingEvent(String caseId) {
        return nl.wijknetwerk.testing.TopicProbe.readAll(kafka, nl.wijknetwerk.shared.event.Topics.CASES).stream()
                .noneMatch(e -> e.path("type").asText().equals(EventTypes.WELLBEING_MEASURED)
                        && e.path("subject").asText().equals(caseId));
    }

    @Test
    void eachMomentIsMeasuredOnce() {
        String caseId = openCase(sanne, WARD, "Ik wil weer iets om handen hebben.");
        record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 4}").statusCode(201);
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 5}"), 409, "moment");
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId + "/wellbeing").then()
                .body("measurements.score", contains(4));
    }

    @Test
    void theDueListShowsAProfessionalsCasesWithoutT0AndWhenTheyAreOverdue() {
        String jeroen = Tokens.professional("jeroen", "pantein", WARD);
        String waiting = openCase(jeroen, WARD, "Het huishouden loopt ons boven het hoofd.");
        String measured = openCase(jeroen, WARD, "Ik voel me eenzaam sinds mijn vrouw overleed.");
        record(jeroen, measured, "{\"moment\": \"T0\", \"score\": 5}").statusCode(201);

        given().auth().oauth2(jeroen).queryParam("professional", "jeroen").get("/api/wards/" + WARD + "/wellbeing/due")
                .then().statusCode(200)
                .body("caseId", hasItem(waiting)).body("caseId", not(hasItem(measured)))
                .body("professional", not(hasItem("sanne")))
                .body("find { it.caseId == '" + waiting + "' }.status", equalTo("DUE"))
                .body("find { it.caseId == '" + waiting + "' }.moment", equalTo("T0"));
        // Five weeks on, with still no plan, the T0 is overdue.
        given().auth().oauth2(jeroen).queryParam("professional", "jeroen").queryParam("on", TODAY.plusWeeks(5).toString())
                .get("/api/wards/" + WARD + "/wellbeing/due").then()
                .body("find { it.caseId == '" + waiting + "' }.status", equalTo("OVERDUE"));
        // Another professional's list does not show Jeroen's cases.
        given().auth().oauth2(sanne).queryParam("professional", "sanne").get("/api/wards/" + WARD + "/wellbeing/due")
                .then().body("caseId", not(hasItem(waiting)));
    }

    @Test
    void onceThePlanIsAgreedT1IsDueSixWeeksLaterAndT2AfterSixMonths() {
        String fatima = Tokens.professional("fatima", "ons-welzijn", WARD);
        String caseId = openCase(fatima, WARD, "Ik wil mijn dagen weer zinvol vullen.");
        record(fatima, caseId, "{\"moment\": \"T0\", \"score\": 4}").statusCode(201);
        CaseFixture.agreePlanToday(fatima, WARD, caseId, "fatima", "ons-welzijn");

        given().auth().oauth2(fatima).get("/api/wards/" + WARD + "/cases/" + caseId + "/wellbeing").then()
                .body("planAgreedOn", equalTo(TODAY.toString()))
                .body("schedule.moment", contains("T0", "T1", "T2"))
                .body("schedule[1].dueFrom", equalTo(TODAY.plusWeeks(6).toString()))
                .body("schedule[1].overdueAfter", equalTo(TODAY.plusWeeks(8).toString()))
                .body("schedule[1].status", equalTo("NOT_YET_DUE"))
                .body("schedule[2].dueFrom", equalTo(TODAY.plusMonths(6).toString()))
                .body("schedule[2].overdueAfter", equalTo(TODAY.plusMonths(12).toString()));

        String mine = "/api/wards/" + WARD + "/wellbeing/due";
        given().auth().oauth2(fatima).queryParam("professional", "fatima").get(mine).then()
                .body("findAll { it.caseId == '" + caseId + "' }", hasSize(0));
        given().auth().oauth2(fatima).queryParam("professional", "fatima").queryParam("on", TODAY.plusWeeks(7).toString())
                .get(mine).then()
                .body("findAll { it.caseId == '" + caseId + "' }.moment", contains("T1"))
                .body("find { it.caseId == '" + caseId + "' }.status", equalTo("DUE"));
        given().auth().oauth2(fatima).queryParam("on", TODAY.plusWeeks(9).toString()).get(mine).then()
                .body("find { it.caseId == '" + caseId + "' && it.moment == 'T1' }.status", equalTo("OVERDUE"));
        // In pages, most urgent first as in the whole list, so a long list can be walked without gaps or repeats.
        String later = TODAY.plusWeeks(9).toString();
        java.util.List<Object> whole = given().auth().oauth2(fatima).queryParam("on", later).get(mine).then().extract()
                .jsonPath().getList("overdueAfter");
        java.util.List<Object> paged = new java.util.ArrayList<>();
        for (int page = 0; page < whole.size(); page++) {
            paged.addAll(given().auth().oauth2(fatima).queryParam("on", later).queryParam("size", 1).queryParam("page", page)
                    .get(mine).then().statusCode(200).body("size()", equalTo(1)).extract().jsonPath().getList("overdueAfter"));
        }
        org.assertj.core.api.Assertions.assertThat(paged).isNotEmpty().isEqualTo(whole);
        assertProblem(given().auth().oauth2(fatima).queryParam("size", 0).get(mine).then(), 400);

        record(fatima, caseId, "{\"moment\": \"T1\", \"score\": 7}").statusCode(201);
        given().auth().oauth2(fatima).queryParam("on", TODAY.plusMonths(7).toString()).get(mine).then()
                .body("findAll { it.caseId == '" + caseId + "' }.moment", contains("T2"))
                .body("find { it.caseId == '" + caseId + "' }.professional", equalTo("fatima"));
        // A professional of an organisation never at this table does not see the case in the ward's list.
        given().auth().oauth2(Tokens.professional("pieter", "ggd", WARD)).queryParam("on", TODAY.plusMonths(7).toString())
                .get(mine).then().body("findAll { it.caseId == '" + caseId + "' }", hasSize(0));
    }

    @Test
    void aT0TakenAfterThePlanWasAgreedIsNoBaselineAndIsRefused() throws java.sql.SQLException {
        String caseId = openCase(sanne, WARD, "Ik wil weer rust in mijn hoofd.");
        CaseFixture.agreePlanToday(sanne, WARD, caseId, "sanne", "brabantwonen");
        // Ten days pass: the case was opened, the MDO held and the plan agreed ten days ago.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("update case_file set opened_on = opened_on - 10 where id = '" + caseId + "'");
            statement.executeUpdate("update mdo set held_on = held_on - 10 where case_id = '" + caseId + "'");
            statement.executeUpdate("update plan_version set agreed_on = agreed_on - 10 where case_id = '" + caseId + "'");
        }
        assertFieldProblem(record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 4}"), 422, "measuredOn");
        // Taken at the kitchen table on the day the plan was agreed, and entered later, it is the baseline.
        record(sanne, caseId, "{\"moment\": \"T0\", \"score\": 4, \"measuredOn\": \"" + TODAY.minusDays(10) + "\"}")
                .statusCode(201);
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + caseId + "/wellbeing").then()
                .body("measurements.measuredOn", contains(TODAY.minusDays(10).toString()));
    }

    @Test
    void aResidentScoresTheirOwnWellbeingButCannotReachSomeoneElsesCase() {
        String account = "kees-" + System.nanoTime();
        String kees = CaseFixture.registerResident(sanne, WARD, "Kees", account);
        String own = CaseFixture.openCaseFor(sanne, WARD, kees, "Ik wil mijn dagen niet thuis slijten.");
        String someoneElses = openCase(sanne, WARD, "Een vraag van de buurvrouw.");
        String resident = CaseFixture.residentToken(account, WARD);

        record(resident, own, "{\"moment\": \"T0\", \"score\": 5}").statusCode(201).body("recordedBy", equalTo(account));
        given().auth().oauth2(resident).get("/api/wards/" + WARD + "/cases/" + own + "/wellbeing").then()
                .statusCode(200).body("measurements.score", contains(5));
        assertProblem(record(resident, someoneElses, "{\"moment\": \"T0\", \"score\": 9}"), 404);
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + someoneElses + "/wellbeing").then()
                .body("measurements", empty());
    }

    @Test
    void anotherWardsCaseCannotBeMeasuredOrReadAndItsMeasurementsAreNotListed() {
        String chantal = Tokens.professional("chantal", "pantein", "ussen");
        String ussenCase = openCase(chantal, "ussen", "Wij zoeken hulp bij de opvoeding.");
        String ruwaardAndUssen = Tokens.professional("sanne", "brabantwonen", WARD, "ussen");
        assertProblem(record(ruwaardAndUssen, ussenCase, "{\"moment\": \"T0\", \"score\": 6}"), 404);
        assertProblem(given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/cases/" + ussenCase + "/wellbeing").then(), 404);
        given().auth().oauth2(sanne).get("/api/wards/" + WARD + "/wellbeing/due").then()
                .body("findAll { it.caseId == '" + ussenCase + "' }", hasSize(0));
        assertProblem(given().auth().oauth2(sanne).contentType(ContentType.JSON).body("{\"moment\": \"T0\", \"score\": 6}")
                .post("/api/wards/ussen/cases/" + ussenCase + "/wellbeing").then(), 403);
    }
}
