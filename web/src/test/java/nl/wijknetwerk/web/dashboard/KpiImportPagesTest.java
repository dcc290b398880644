package nl.wijknetwerk.web.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.web.page.CsvUpload;
import nl.wijknetwerk.web.page.FakeGateway;

/** A manager imports KPI figures from a CSV file or pasted text; the API's objections per line and column are listed readably. */
@QuarkusTest
class KpiImportPagesTest {

    static final String MANAGER = FakeGateway.token("marieke", Set.of("manager"), List.of("ruwaard"));
    static final String IMPORTS = "/api/wards/ruwaard/kpis/imports";
    static final String KPIS = """
            {"ward": "ruwaard", "period": "2026", "goals": [{"number": 1, "code": "g1", "name": "Goal", "indicators": [
              {"code": "pgb-count", "name": "Personal budgets", "dutchName": "Aantal pgb's", "unit": "COUNT", "source": "IMPORT", "value": 41},
              {"code": "objections-appeals", "name": "Objections and appeals", "dutchName": "Bezwaar en beroep", "unit": "COUNT", "source": "IMPORT"},
              {"code": "wellbeing-t1", "name": "Wellbeing T1", "dutchName": "Welzijn T1", "unit": "SCORE", "source": "EVENTS", "value": 7.5}]}]}""";
    static final String CSV = "period,indicator,value\n2026-Q1,pgb-count,41\n2026-Q1,objections-appeals,3\n";

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
        gateway.answer("GET /api/wards/ruwaard/kpis", KPIS);
    }

    @Test
    void thePageHasALabelledFileFieldAndTextFieldAndShowsOnlyTheImportedIndicators() {
        String html = given().auth().oauth2(MANAGER).get("/wards/ruwaard/kpi-imports").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>Cijfers importeren voor ruwaard</h1>", "<form class=\"stack\" method=\"post\" action=\"/wards/ruwaard/kpi-imports\" enctype=\"multipart/form-data\"",
                "<label for=\"f-file\">CSV-bestand", "id=\"f-file\" name=\"file\" type=\"file\"", "<label for=\"f-csv\">Of plak de regels hier",
                "<button type=\"submit\">Importeren</button>");
        assertThat(html).contains("<th scope=\"row\">Aantal pgb&#39;s</th><td><code>pgb-count</code></td>", "<code>objections-appeals</code>")
                .doesNotContain("wellbeing-t1");
        // Every period asked shows the figure, or a dash where there is none.
        assertThat(html).contains("<td class=\"num\">41</td>", "<td class=\"num\">—</td>");
    }

    @Test
    void aChosenFileIsSentAsCsvAndThePageSaysHowManyFiguresCameIn() {
        gateway.answer("POST " + IMPORTS, "{\"ward\": \"ruwaard\", \"values\": 2}");

        given().auth().oauth2(MANAGER).redirects().follow(false).multiPart("file", "kwartaal.csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("csv", "").post("/wards/ruwaard/kpi-imports")
                .then().statusCode(303).header("Location", endsWith("/wards/ruwaard/kpi-imports?done=imported&values=2"));

        assertThat(gateway.sent("POST", IMPORTS)).singleElement().satisfies(r -> {
            assertThat(r.contentType()).startsWith("text/csv");
            assertThat(r.body()).isEqualTo(CSV);
        });
        assertThat(given().auth().oauth2(MANAGER).get("/wards/ruwaard/kpi-imports?done=imported&values=2").asString())
                .contains("<p class=\"flash\" role=\"status\">2 cijfers geïmporteerd.");
    }

    @Test
    void theApisObjectionsAreListedPerLineAndColumnUnderTheTextWhichIsKeptToCorrect() {
        gateway.refuse("POST " + IMPORTS, 400, "line 2, column period", "'2026-Q5' is geen periode zoals 2026, 2026-Q3 of 2026-07",
                "line 3, column value", "mag niet negatief zijn");
        String typed = "period,indicator,value\n2026-Q5,pgb-count,41\n2026-Q1,crises,-1\n";

        String html = given().auth().oauth2(MANAGER).multiPart("csv", typed).post("/wards/ruwaard/kpi-imports")
                .then().statusCode(400).extract().asString();

        assertThat(gateway.sent("POST", IMPORTS).get(0).body()).isEqualTo(typed);
        assertThat(gateway.sent("POST", IMPORTS).get(0).language()).as("the API objects in the page's language").isEqualTo("nl");
        assertThat(html).contains("Niet geïmporteerd: 2 problemen in de CSV.",
                "aria-describedby=\"f-csv-hint f-csv-error\" aria-invalid=\"true\">" + typed + "</textarea>",
                "<div class=\"error-list\" id=\"f-csv-error\">",
                "<li><strong>Regel 2, kolom period</strong>: &#39;2026-Q5&#39; is geen periode zoals 2026, 2026-Q3 of 2026-07</li>",
                "<li><strong>Regel 3, kolom value</strong>: mag niet negatief zijn</li>");
    }

    @Test
    void objectionsAreReadFromTheApisFieldNames() {
        var form = nl.wijknetwerk.web.page.Form.empty().rejected(new nl.wijknetwerk.web.gateway.ApiProblem(400, "Invalid CSV", "x",
                java.util.Map.of("line 12, column indicator", "unknown")));
        assertThat(CsvUpload.problems(form)).containsExactly(new CsvUpload.Problem(12, "indicator", "unknown"));
        assertThat(CsvUpload.csv("a,b\n", "pasted")).isEqualTo("a,b\n");
        assertThat(CsvUpload.csv(null, null)).as("nothing sent: the API names the empty upload").isEmpty();
    }
}
