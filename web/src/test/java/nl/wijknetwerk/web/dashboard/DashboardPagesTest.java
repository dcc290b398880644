package nl.wijknetwerk.web.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.web.page.FakeGateway;

/** The dashboard tells a figure held back for too few cases apart from one without data. */
@QuarkusTest
class DashboardPagesTest {

    static final String MANAGER = FakeGateway.token("marieke", Set.of("manager"), List.of("ruwaard"));
    static final String KPIS = """
            {"ward": "ruwaard", "period": "2026", "previousPeriod": "2025",
             "headlines": [{"headline": "GOED_LEVEN", "label": "GOED LEVEN", "indicators": ["wellbeing-t1"]}],
             "goals": [{"number": 3, "code": "health-and-quality-of-life", "name": "Better health", "dutchName": "Betere gezondheid", "indicators": [
              {"code": "wellbeing-t1", "name": "Wellbeing T1", "dutchName": "Welzijn T1", "unit": "SCORE", "source": "EVENTS", "target": 7,
               "trend": "NO_DATA", "details": {"withheldBelow": 5}},
              {"code": "wellbeing-t2", "name": "Wellbeing T2", "dutchName": "Welzijn T2", "unit": "SCORE", "source": "EVENTS", "target": 7,
               "trend": "NO_DATA"}]}]}""";

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
        gateway.answer("GET /api/wards/ruwaard/kpis", KPIS);
    }

    @Test
    void aFigureHeldBackForFewerThanFiveCasesSaysSoAndAFigureWithoutMeasurementsSaysNoData() {
        String html = given().auth().oauth2(MANAGER).get("/wards/ruwaard/dashboard").then().statusCode(200).extract().asString();

        String t1 = html.substring(html.indexOf("<td>Welzijn T1</td>"), html.indexOf("</tr>", html.indexOf("<td>Welzijn T1</td>")));
        assertThat(t1).contains("<td class=\"num\">—</td>", "niet getoond: minder dan 5 casussen").doesNotContain("geen gegevens");
        String t2 = html.substring(html.indexOf("<td>Welzijn T2</td>"), html.indexOf("</tr>", html.indexOf("<td>Welzijn T2</td>")));
        assertThat(t2).contains("geen gegevens").doesNotContain("niet getoond");
        assertThat(html).as("whole figures carry no warning").doesNotContain("onvolledig");
    }

    @Test
    void theComparisonOfWardsShowsEachWardsFigure() {
        // Its JSON has a field named "values": read as that field, not as the map's values.
        gateway.answer("GET /api/kpis/compare", """
                {"period": "2026", "wards": ["ruwaard"], "indicators": [{"code": "wellbeing-t1", "name": "Wellbeing T1",
                 "dutchName": "Welzijn T1", "goal": 3, "unit": "SCORE", "direction": "HIGHER_IS_BETTER", "values": {"ruwaard": 8.3}}]}""");
        String html = given().auth().oauth2(MANAGER).get("/wards/ruwaard/dashboard").then().statusCode(200).extract().asString();
        String table = html.substring(html.indexOf("<h2>Wijken naast elkaar</h2>"));
        String row = table.substring(table.indexOf("<td>Welzijn T1</td>"), table.indexOf("</tr>", table.indexOf("<td>Welzijn T1</td>")));
        assertThat(row).contains("<td class=\"num\">8,3</td>");
    }

    @Test
    void figuresMadeShortByARebuildSaySoAboveEverything() {
        gateway.answer("GET /api/wards/ruwaard/kpis", KPIS.replace("\"ward\": \"ruwaard\",",
                "\"ward\": \"ruwaard\", \"incomplete\": {\"rebuild\": \"failed\", \"since\": \"2026-12-03T07:00:00Z\"},"));
        String html = given().auth().oauth2(MANAGER).get("/wards/ruwaard/dashboard").then().statusCode(200).extract().asString();
        assertThat(html).contains("<section class=\"notice\" role=\"alert\"><p>Let op: de laatste herberekening van de cijfers is mislukt");
        assertThat(html.indexOf("Let op")).isLessThan(html.indexOf("Welzijn T1"));
    }
}
