package nl.wijknetwerk.cases.pricelist;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.cases.wellbeing.CaseFixture;
import nl.wijknetwerk.testing.Tokens;

/** Price-list editions: the demo edition, CSV import, and immutability once an analysis used one. */
@QuarkusTest
class PriceListTest {

    static final String CSV = """
            code,description,category,unit,unitPrice,domain
            HH,Huishoudelijke ondersteuning,Ondersteuning thuis,uur,33.10,WMO
            SEH,Bezoek spoedeisende hulp,Ziekenhuiszorg,bezoek,290.00,ZVW
            """;

    static ValidatableResponse importCsv(String token, String edition, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("year", 2025).queryParam("title", "Editie " + edition)
                .body(csv).put("/api/price-lists/" + edition).then();
    }

    @Test
    void theDemoEditionIsImportedLikeAnyOtherAndHasPlausibleItemsInEveryFinancingDomain() {
        // No deployment ships the demo edition (it is demo data): it comes in through the API, as the demo loader does it.
        nl.wijknetwerk.cases.wellbeing.CaseFixture.demoPriceList();
        given().auth().oauth2(Tokens.professional("anna", "ons-welzijn", "ruwaard")).get("/api/price-lists/2024-demo").then()
                .statusCode(200).body("year", equalTo(2024))
                .body("items.find { it.code == 'WMO-HH-UUR' }.unitPriceCents", equalTo(3_250))
                .body("items.find { it.code == 'WMO-HH-UUR' }.unit", equalTo("uur"))
                .body("items.domain", hasItem("PARTICIPATIEWET")).body("items.domain", hasItem("JEUGDWET"))
                .body("items.domain", hasItem("HOUSING")).body("items.domain", hasItem("WLZ"))
                .body("items", hasSize(27));
        given().auth().oauth2(Tokens.coordinator()).get("/api/price-lists").then().body("edition", hasItem("2024-demo"));
    }

    @Test
    void anUnknownEditionIsNotFound() {
        assertProblem(given().auth().oauth2(Tokens.coordinator()).get("/api/price-lists/1887").then(), 404);
    }

    @Test
    void aCoordinatorImportsAndReplacesAnEditionUntilAnAnalysisUsesIt() {
        String coordinator = Tokens.coordinator();
        importCsv(coordinator, "import-2025", CSV).statusCode(201).body("items", hasSize(2))
                .body("items.find { it.code == 'HH' }.unitPriceCents", equalTo(3_310));
        importCsv(coordinator, "import-2025", CSV.replace("33.10", "33.15")).statusCode(200)
                .body("items.find { it.code == 'HH' }.unitPriceCents", equalTo(3_315));

        CaseFixture.ward("ruwaard");
        String maria = Tokens.professional("maria", "pantein", "ruwaard");
        String caseId = CaseFixture.openCase(maria, "ruwaard", "Ik kan de trap niet meer op.");
        given().auth().oauth2(maria).contentType(ContentType.JSON).body("""
                {"edition": "import-2025", "scenarios": {"current": [{"item": "SEH", "quantityPerYear": 1}],
                 "doNothing": [{"item": "SEH", "quantityPerYear": 4}], "chosen": [{"item": "HH", "quantityPerYear": 52}]}}""")
                .post("/api/wards/ruwaard/cases/" + caseId + "/micro-analysis").then().statusCode(201)
                .body("savingsVsDoNothingCents", equalTo(4 * 29_000 - 52 * 3_315));

        assertFieldProblem(importCsv(coordinator, "import-2025", CSV), 409, "edition");
        given().auth().oauth2(coordinator).get("/api/price-lists/import-2025").then().body("locked", equalTo(true))
                .body("items.find { it.code == 'HH' }.unitPriceCents", equalTo(3_315));
    }

    @Test
    void badCsvOrAProfessionalsImportChangesNothing() {
        String coordinator = Tokens.coordinator();
        assertFieldProblem(importCsv(coordinator, "kapot-2025", CSV.replace("290.00", "twee")), 400, "csv[line 3].unitPrice");
        assertFieldProblem(importCsv(coordinator, "kapot-2025", CSV.replace("ZVW", "ZORGVERZEKERING")), 400, "csv[line 3].domain");
        assertFieldProblem(given().auth().oauth2(coordinator).contentType("text/csv").queryParam("title", "zonder jaar")
                .body(CSV).put("/api/price-lists/kapot-2025").then(), 400, "year");
        assertProblem(importCsv(Tokens.professional("anna", "ons-welzijn", "ruwaard"), "kapot-2025", CSV), 403);
        assertProblem(given().auth().oauth2(coordinator).get("/api/price-lists/kapot-2025").then(), 404);
    }

    @Test
    void aCoordinatorOnADutchPageReadsTheObjectionInDutchUnderTheSameField() {
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").header("Accept-Language", "nl")
                .queryParam("title", "Prijslijst").queryParam("year", 2025).body(CSV.replace("290.00", "twee"))
                .put("/api/price-lists/kapot-2025").then(), 400, "csv[line 3].unitPrice")
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("'twee' is geen bedrag in euro's"));
        assertFieldProblem(importCsv(Tokens.coordinator(), "kapot-2025", CSV.replace("290.00", "twee")), 400, "csv[line 3].unitPrice")
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("'twee' is not an amount in euros"));
        assertProblem(given().auth().oauth2(Tokens.coordinator()).get("/api/price-lists/kapot-2025").then(), 404);
    }
}
