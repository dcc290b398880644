package nl.wijknetwerk.cases.microanalysis;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.awaitEvent;
import static nl.wijknetwerk.cases.wellbeing.CaseFixture.openCase;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

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

/** Micro-analyses priced from the demo edition of the price list, checked to the cent. */
@QuarkusTest
public class MicroAnalysisTest {

    static final String WARD = "ruwaard";

    /**
     * The older couple who lost grip on their household: he has trouble walking, she is confused after TIAs.
     * Chosen: household help every week, a stairlift, specialised home guidance tapering off, and Kees teaching
     * Dutch 24 hours a week at the community centre (volunteer coordination) instead of day activities and a nursing home.
     */
    public static final String OLDER_COUPLE = """
            {"edition": "2024-demo",
             "note": "Kees geeft 24 uur per week taalles in Ons Huis van de Wijk",
             "scenarios": {
               "current": [
                 {"item": "WMO-BG-UUR", "quantityPerYear": 104},
                 {"item": "ZVW-HA-CONSULT", "quantityPerYear": 18},
                 {"item": "ZVW-SEH", "quantityPerYear": 2},
                 {"item": "ZVW-WV-UUR", "quantityPerYear": 52}],
               "doNothing": [
                 {"item": "WLZ-VV4-DAG", "quantityPerYear": 365},
                 {"item": "WMO-DB-DAGDEEL", "quantityPerYear": 156},
                 {"item": "ZVW-SEH", "quantityPerYear": 3},
                 {"item": "ZVW-OPNAME-DAG", "quantityPerYear": 5},
                 {"item": "ZVW-HA-CONSULT", "quantityPerYear": 24}],
               "chosen": [
                 {"item": "WMO-HH-UUR", "quantityPerYear": 130.5},
                 {"item": "WMO-TRAPLIFT", "quantityPerYear": 1},
                 {"item": "WMO-BG-UUR", "quantityPerYear": 39.75},
                 {"item": "WZ-VRIJWILLIGER-UUR", "quantityPerYear": 26},
                 {"item": "ZVW-HA-CONSULT", "quantityPerYear": 10}]
             }}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    final String maria = Tokens.professional("maria", "pantein", WARD);

    @BeforeEach
    void ward() {
        CaseFixture.ward(WARD);
        CaseFixture.demoPriceList();
    }

    static ValidatableResponse analyse(String token, String ward, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/wards/" + ward + "/cases/" + caseId + "/micro-analysis").then();
    }

    @Test
    void theOlderCouplesSavingsAreCheckedToTheCent() {
        String caseId = openCase(maria, WARD, "We krijgen het huishouden niet meer op orde.");
        String id = analyse(maria, WARD, caseId, OLDER_COUPLE).statusCode(201)
                // current: 104 h × 68.50 + 18 × 11.71 + 2 × 285.00 + 52 h × 82.00
                .body("current.totalCents", equalTo(712_400 + 21_078 + 57_000 + 426_400))
                .body("current.byDomainCents.WMO", equalTo(712_400))
                .body("current.byDomainCents.ZVW", equalTo(504_478))
                // do nothing: 365 days VV4 × 198.50 + 156 dagdelen × 52.00 + 3 × 285.00 + 5 days × 620.00 + 24 × 11.71
                .body("doNothing.totalCents", equalTo(8_480_054))
                .body("doNothing.byDomainCents.WLZ", equalTo(7_245_250))
                .body("doNothing.byDomainCents.WMO", equalTo(811_200))
                .body("doNothing.byDomainCents.ZVW", equalTo(423_604))
                // chosen: 130.5 h × 32.50 + 1 × 1,450.00 + 39.75 h × 68.50 (272,287.5 → 272,288 half-even)
                //         + 26 h × 55.00 + 10 × 11.71
                .body("chosen.lines[2].amountCents", equalTo(272_288))
                .body("chosen.totalCents", equalTo(996_123))
                .body("chosen.byDomainCents.WMO", equalTo(841_413))
                .body("chosen.byDomainCents.WELFARE", equalTo(143_000))
                .body("chosen.byDomainCents.ZVW", equalTo(11_710))
                .body("savingsVsCurrentCents", equalTo(220_755))
                .body("savingsVsDoNothingCents", equalTo(7_483_931))
                // they had care before: an existing case, judged against its current situation
                .body("caseType", equalTo("EXISTING"))
                .body("savingsCents", equalTo(220_755))
                .body("computedBy", equalTo("maria"))
                .extract().path("id");

        given().auth().oauth2(maria).get("/api/wards/" + WARD + "/cases/" + caseId + "/micro-analysis/" + id).then()
                .statusCode(200).body("savingsVsDoNothingCents", equalTo(7_483_931)).body("edition", equalTo("2024-demo"));
        given().auth().oauth2(maria).get("/api/price-lists/2024-demo").then().body("locked", equalTo(true));

        JsonNode event = awaitEvent(kafka, EventTypes.MICRO_ANALYSIS_COMPLETED, caseId, e -> true);
        JsonNode data = event.path("data");
        assertThat(data.path("totals").path("chosenCents").asLong()).isEqualTo(996_123);
        assertThat(data.path("byDomain").path("doNothing").path("WLZ").asLong()).isEqualTo(7_245_250);
        assertThat(data.path("savingsVsDoNothingCents").asLong()).isEqualTo(7_483_931);
        assertThat(data.has("repeat")).isFalse();
        assertThat(data.path("caseType").asText()).isEqualTo("EXISTING");
        assertThat(event.toString()).doesNotContain("taalles");
    }

    @Test
    void aNewCaseWithoutCareBeforeIsJudgedAgainstDoingNothing() {
        String caseId = openCase(maria, WARD, "Ik heb nog nooit hulp gehad maar het gaat niet meer.");
        String newCase = """
                {"edition": "2024-demo", "caseType": "NEW",
                 "scenarios": {"current": [],
                               "doNothing": [{"item": "WLZ-VV4-DAG", "quantityPerYear": 365}],
                               "chosen": [{"item": "WMO-HH-UUR", "quantityPerYear": 130.5}]}}""";
        analyse(maria, WARD, caseId, newCase).statusCode(201).body("caseType", equalTo("NEW"))
                .body("savingsVsCurrentCents", equalTo(-424_125))
                .body("savingsCents", equalTo(7_245_250 - 424_125));
        assertFieldProblem(analyse(maria, WARD, caseId, newCase.replace("\"NEW\"", "\"OLD\"")), 400, "caseType");
        // Left out, an analysis without current cost is a new case.
        analyse(maria, WARD, caseId, newCase.replace("\"caseType\": \"NEW\", ", "")).statusCode(201).body("caseType", equalTo("NEW"));
        JsonNode event = awaitEvent(kafka, EventTypes.MICRO_ANALYSIS_COMPLETED, caseId, e -> true);
        assertThat(event.path("data").path("caseType").asText()).isEqualTo("NEW");
    }

    @Test
    void aRepeatAnalysisLaterKeepsTheFirstAndIsMarkedAsARepeat() {
        String caseId = openCase(maria, WARD, "We willen zelfstandig blijven wonen.");
        String first = analyse(maria, WARD, caseId, OLDER_COUPLE).statusCode(201).extract().path("id");
        // A year on, the home guidance has stopped.
        String repeat = """
                {"edition": "2024-demo", "repeatOf": "%s",
                 "scenarios": {"current": [{"item": "WMO-BG-UUR", "quantityPerYear": 104}],
                               "doNothing": [{"item": "WLZ-VV4-DAG", "quantityPerYear": 365}],
                               "chosen": [{"item": "WMO-HH-UUR", "quantityPerYear": 130.5}, {"item": "WMO-TRAPLIFT", "quantityPerYear": 1}]}}"""
                .formatted(first);
        analyse(maria, WARD, caseId, repeat).statusCode(201).body("repeatOf", equalTo(first))
                .body("chosen.totalCents", equalTo(424_125 + 145_000))
                .body("savingsVsCurrentCents", equalTo(712_400 - 569_125));
        given().auth().oauth2(maria).get("/api/wards/" + WARD + "/cases/" + caseId + "/micro-analysis").then()
                .body("id", hasSize(2)).body("[0].id", equalTo(first)).body("[0].chosen.totalCents", equalTo(996_123));
        awaitEvent(kafka, EventTypes.MICRO_ANALYSIS_COMPLETED, caseId, e -> e.path("data").path("repeat").asBoolean());

        String otherCase = openCase(maria, WARD, "Een andere vraag.");
        assertFieldProblem(analyse(maria, WARD, otherCase, repeat), 422, "repeatOf");
    }

    @Test
    void anItemOfAnotherEditionOrAnUnknownEditionIsRefusedAndNothingIsWritten() {
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").queryParam("year", 2025)
                .queryParam("title", "Prijslijst Oss 2025").body("""
                        code,description,category,unit,unitPrice,domain
                        OSS-BUURTSPORT,Buurtsportcoach,Sport,uur,61.00,WELFARE
                        """).put("/api/price-lists/oss-2025").then().statusCode(201);
        String caseId = openCase(maria, WARD, "Ik wil weer bewegen.");
        String otherEditionsItem = """
                {"edition": "2024-demo", "scenarios": {"current": [], "doNothing": [],
                 "chosen": [{"item": "WMO-HH-UUR", "quantityPerYear": 52}, {"item": "OSS-BUURTSPORT", "quantityPerYear": 40}]}}""";
        assertFieldProblem(analyse(maria, WARD, caseId, otherEditionsItem), 422, "scenarios.chosen[1].item");
        assertFieldProblem(analyse(maria, WARD, caseId, otherEditionsItem.replace("2024-demo", "1999")), 422, "edition");
        assertFieldProblem(analyse(maria, WARD, caseId, """
                {"edition": "oss-2025", "scenarios": {"current": [], "doNothing": [],
                 "chosen": [{"item": "OSS-BUURTSPORT", "quantityPerYear": -2}]}}"""), 400, "scenarios.chosen[0].quantityPerYear");
        assertFieldProblem(analyse(maria, WARD, caseId, """
                {"edition": "oss-2025", "scenarios": {"current": [], "chosen": []}}"""), 400, "scenarios.doNothing");

        given().auth().oauth2(maria).get("/api/wards/" + WARD + "/cases/" + caseId + "/micro-analysis").then()
                .statusCode(200).body("$", empty());
        given().auth().oauth2(maria).get("/api/price-lists/oss-2025").then().body("locked", equalTo(false));
    }

    @Test
    void anotherWardsCaseIsNotFound() {
        CaseFixture.ward("ussen");
        String ussenCase = openCase(Tokens.professional("chantal", "pantein", "ussen"), "ussen", "Hulp bij de post.");
        assertProblem(analyse(maria, WARD, ussenCase, OLDER_COUPLE), 404);
        assertProblem(given().auth().oauth2(maria).get("/api/wards/" + WARD + "/cases/" + ussenCase + "/micro-analysis").then(), 404);
    }

    @Test
    void theSampleOfAWardsCasesIsTheSameForTheSameSeedWhoeverDrawsIt() {
        for (int i = 0; i < 3; i++) {
            CaseFixture.agreePlanToday(maria, WARD, openCase(maria, WARD, "Steekproefcasus " + i), "maria", "pantein");
        }
        // Open but never at the kitchen table: not handled volgens de Samenwerkwijze, so never sampled.
        String neverAtTheTable = openCase(maria, WARD, "Steekproefcasus zonder MDO");
        String coordinator = Tokens.coordinator();
        String manager = Tokens.token("marloes", "pantein", java.util.Set.of("manager"), List.of(WARD));
        List<String> first = given().auth().oauth2(coordinator).queryParam("size", 3).queryParam("seed", 2018)
                .get("/api/wards/" + WARD + "/micro-analyses/sample").then().statusCode(200)
                .body("cases", hasSize(3)).extract().path("cases");
        List<String> again = given().auth().oauth2(manager).queryParam("size", 3).queryParam("seed", 2018)
                .get("/api/wards/" + WARD + "/micro-analyses/sample").then().statusCode(200).extract().path("cases");
        assertThat(again).isEqualTo(first);
        List<String> all = given().auth().oauth2(coordinator).queryParam("size", 200).queryParam("seed", 2018)
                .get("/api/wards/" + WARD + "/micro-analyses/sample").then().statusCode(200).extract().path("cases");
        assertThat(all).containsAll(first).doesNotContain(neverAtTheTable);
        // every sampled case is a case of this ward
        first.forEach(id -> given().auth().oauth2(coordinator).get("/api/wards/" + WARD + "/cases/" + id).then().statusCode(200));
        assertFieldProblem(given().auth().oauth2(coordinator).queryParam("size", 0).queryParam("seed", 1)
                .get("/api/wards/" + WARD + "/micro-analyses/sample").then(), 400, "size");
        // The same page limit as the gateway's and every other list: 200.
        assertFieldProblem(given().auth().oauth2(coordinator).queryParam("size", 201).queryParam("seed", 1)
                .get("/api/wards/" + WARD + "/micro-analyses/sample").then(), 400, "size");
        assertProblem(given().auth().oauth2(maria).queryParam("size", 3).queryParam("seed", 1)
                .get("/api/wards/" + WARD + "/micro-analyses/sample").then(), 403);
    }
}
