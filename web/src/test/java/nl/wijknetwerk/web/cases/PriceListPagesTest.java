package nl.wijknetwerk.web.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.wijknetwerk.web.page.FakeGateway;

/** The price list: editions and items to read, and the coordinator's new edition typed row by row, objections under the cell. */
@QuarkusTest
class PriceListPagesTest {

    static final String COORDINATOR = FakeGateway.token("coordinator", Set.of("coordinator"), List.of("*"));
    static final String ANNA = FakeGateway.token("anna", Set.of("professional"), List.of("ruwaard"));
    static final String EDITIONS = "[{\"edition\": \"2024-demo\", \"year\": 2024, \"title\": \"Prijslijst 2024 (demo)\", \"locked\": true, \"items\": 2}]";
    static final String EDITION = """
            {"edition": "2024-demo", "year": 2024, "title": "Prijslijst 2024 (demo)", "locked": true, "importedBy": "coordinator",
             "items": [{"code": "WMO-HH-UUR", "description": "Huishoudelijke ondersteuning", "category": "Ondersteuning thuis", "unit": "uur",
                        "unitPriceCents": 3250, "domain": "WMO"},
                       {"code": "ZVW-HA-CONSULT", "description": "Consult huisarts", "category": "Eerstelijnszorg", "unit": "consult",
                        "unitPriceCents": 1171, "domain": "ZVW"}]}""";

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
        gateway.answer("GET /api/price-lists", EDITIONS).answer("GET /api/price-lists/2024-demo", EDITION).answer("GET /api/wards", "[]");
    }

    private static RequestSpecification form(String token, String... pairs) {
        RequestSpecification request = given().auth().oauth2(token).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (int i = 0; i < pairs.length; i += 2) {
            request.formParam(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    @Test
    void anyoneReadsTheEditionsAndAnEditionsItemsInEurosWithTheirDomain() {
        String list = given().auth().oauth2(ANNA).get("/price-lists").then().statusCode(200).extract().asString();
        assertThat(list).contains("<a href=\"/price-lists/2024-demo\">2024-demo</a>", "in gebruik door een micro-analyse")
                .as("only the coordinator is offered a new edition").doesNotContain("/price-lists/new");

        String edition = given().auth().oauth2(ANNA).get("/price-lists/2024-demo").then().statusCode(200).extract().asString();
        assertThat(edition).contains("<h1>Prijslijst 2024 (demo)</h1>", "<code>WMO-HH-UUR</code>", "Huishoudelijke ondersteuning",
                "€ 32,50", "€ 11,71");
    }

    @Test
    void theNewEditionFormHasLabelledFieldsAndCanStartFromAnExistingEdition() {
        String html = given().auth().oauth2(COORDINATOR).get("/price-lists/new?from=2024-demo").then().statusCode(200).extract().asString();

        assertThat(html).contains("<label for=\"f-edition\">Editie", "<label for=\"f-year\">Jaar", "<label for=\"f-title\">Titel",
                "<label class=\"sr\" for=\"f-rows[0].code\">Regel 1 · Code</label>",
                "<label class=\"sr\" for=\"f-rows[1].unitPrice\">Regel 2 · Prijs per eenheid (€)</label>",
                "<button type=\"submit\">Prijslijst opslaan</button>");
        // The copied items fill the first rows; ten empty rows follow.
        assertThat(html).contains("id=\"f-rows[0].code\" name=\"rows[0].code\" value=\"WMO-HH-UUR\"",
                "id=\"f-rows[1].unitPrice\" name=\"rows[1].unitPrice\" value=\"11.71\"", "<option value=\"ZVW\" selected>",
                "<input type=\"hidden\" name=\"rowCount\" value=\"12\">");
    }

    @Test
    void theFilledRowsArePutAsTheApisCsvWithEurosReadAndEmptyRowsLeftOut() {
        gateway.answer("PUT /api/price-lists/2027-oss", 201, "{\"edition\": \"2027-oss\"}");

        form(COORDINATOR, "rowCount", "10", "edition", "2027-oss", "year", "2027", "title", "Prijslijst Oss 2027",
                "rows[0].code", "WMO-HH-UUR", "rows[0].description", "Huishoudelijke ondersteuning, per uur", "rows[0].category", "Thuis",
                "rows[0].unit", "uur", "rows[0].unitPrice", "33,75", "rows[0].domain", "WMO",
                "rows[2].code", "WLZ-VV4-DAG", "rows[2].description", "Verpleeghuis", "rows[2].category", "Wonen met zorg",
                "rows[2].unit", "dag", "rows[2].unitPrice", "1.250", "rows[2].domain", "WLZ")
                .post("/price-lists").then().statusCode(303).header("Location", endsWith("/price-lists/2027-oss?done=saved"));

        assertThat(gateway.sent("PUT", "/api/price-lists/2027-oss")).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo("/api/price-lists/2027-oss?title=Prijslijst%20Oss%202027&year=2027");
            assertThat(r.contentType()).startsWith("text/csv");
            assertThat(r.body()).isEqualTo("""
                    code,description,category,unit,unitPrice,domain
                    WMO-HH-UUR,"Huishoudelijke ondersteuning, per uur",Thuis,uur,33.75,WMO
                    WLZ-VV4-DAG,Verpleeghuis,Wonen met zorg,dag,1250.00,WLZ
                    """);
        });
    }

    @Test
    void theApisObjectionToALineLandsUnderTheCellOfTheRowItCameFrom() {
        // Row 3 (index 2) is the second row sent, so the CSV's line 3.
        gateway.refuse("PUT /api/price-lists/2027-oss", 400, "csv[line 3].unitPrice", "'veel' is geen bedrag in euro's",
                "title", "is verplicht");

        String html = form(COORDINATOR, "rowCount", "10", "edition", "2027-oss", "year", "2027", "title", "",
                "rows[0].code", "A", "rows[0].description", "a", "rows[0].category", "c", "rows[0].unit", "uur", "rows[0].unitPrice", "1", "rows[0].domain", "WMO",
                "rows[2].code", "B", "rows[2].description", "b", "rows[2].category", "c", "rows[2].unit", "uur", "rows[2].unitPrice", "veel", "rows[2].domain", "WMO")
                .post("/price-lists").then().statusCode(400).extract().asString();

        assertThat(html).contains("id=\"f-rows[2].unitPrice\" name=\"rows[2].unitPrice\" value=\"veel\" inputmode=\"decimal\" aria-invalid=\"true\" aria-describedby=\"f-rows[2].unitPrice-error\"",
                "<p class=\"error\" id=\"f-rows[2].unitPrice-error\">&#39;veel&#39; is geen bedrag in euro&#39;s</p>",
                "<p class=\"error\" id=\"f-title-error\">is verplicht</p>");
        assertThat(html).doesNotContain("f-rows[0].unitPrice-error");
    }

    @Test
    void anEditionCannotBeNamedAfterTheFormsOwnAddress() {
        String html = form(COORDINATOR, "rowCount", "10", "edition", "new", "year", "2027", "title", "Prijslijst 2027",
                "rows[0].code", "A", "rows[0].description", "a", "rows[0].category", "c", "rows[0].unit", "uur", "rows[0].unitPrice", "1", "rows[0].domain", "WMO")
                .post("/price-lists").then().statusCode(400).extract().asString();

        assertThat(gateway.sent("PUT", "/api/price-lists/new")).as("nothing sent").isEmpty();
        assertThat(html).contains("<p class=\"error\" id=\"f-edition-error\">&#39;new&#39; gebruikt deze pagina zelf voor een nieuwe editie",
                "value=\"Prijslijst 2027\"");
    }

    @Test
    void anEditionInUseIsRefusedUnderItsNameAndTheWholeCsvUnderTheRows() {
        gateway.refuse("PUT /api/price-lists/2024-demo", 409, "edition", "used by a micro-analysis: immutable");
        String html = form(COORDINATOR, "edition", "2024-demo", "year", "2024", "title", "x", "rows[0].code", "A")
                .post("/price-lists").then().statusCode(409).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"f-edition-error\">used by a micro-analysis: immutable</p>");

        PriceListForm.Body body = PriceListForm.body(nl.wijknetwerk.web.page.TypedForm.of("rows[4].code", "X"));
        assertThat(body.formField("csv")).isEqualTo("rows");
        assertThat(body.formField("csv[line 1]")).as("the header is the form's own").isEqualTo("rows");
        assertThat(body.formField("csv[line 2]")).isEqualTo("rows[4].code");
        assertThat(body.formField("csv[line 2].domain")).isEqualTo("rows[4].domain");
        assertThat(PriceListForm.quoted("Zeg \"ja\"; nee")).isEqualTo("\"Zeg \"\"ja\"\"; nee\"");
    }
}
