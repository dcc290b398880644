package nl.wijknetwerk.web.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.web.page.FakeGateway;

/**
 * The controller records a spending that came in on paper, or imports a provider's spending export, on the spending
 * tab; the financier reads the same tab without those forms.
 */
@QuarkusTest
class SpendingPagesTest {

    static final String CONTROLLER = FakeGateway.token("carla", Set.of("controller"), List.of("ruwaard"));
    static final String FINANCIER = FakeGateway.token("frank", Set.of("financier"), List.of("ruwaard"));
    static final String BUDGET = "/api/wards/ruwaard/budgets/2026";
    static final String PAGE = "/wards/ruwaard/budget/2026/spending";

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
        gateway.answer("GET /api/wards/ruwaard/budgets", "[{\"year\": 2026, \"settled\": false}]");
        gateway.answer("GET " + BUDGET, "{\"year\": 2026, \"spentCents\": 0, \"utilisationPercent\": 0, \"pendingApprovalCents\": 0, \"settled\": false}");
        gateway.answer("GET " + BUDGET + "/spending", "[]");
        gateway.answer("GET /api/wards/ruwaard/providers",
                "[{\"organisationId\": \"pantein\", \"name\": \"Pantein\", \"participation\": \"FINANCIAL_EXPERIMENT\"},"
                        + " {\"organisationId\": \"gemeente-oss\", \"name\": \"Gemeente Oss\", \"participation\": \"NETWORK\"}]");
    }

    @Test
    void onAnEmptyYearTheControllerFindsTheFormsToRecordAndImportSpendingAndTheFinancierDoesNot() {
        String html = given().auth().oauth2(CONTROLLER).get(PAGE).then().statusCode(200).extract().asString();

        assertThat(html).contains("Nog geen uitgaven.", "<a href=\"#record\">Uitgave vastleggen of importeren</a>",
                "<h2 id=\"record-h\">Uitgave vastleggen</h2>", "<form class=\"stack\" method=\"post\" action=\"/wards/ruwaard/budget/2026/spending\"",
                "<label for=\"f-externalReference\">Kenmerk", "<label for=\"f-amountCents\">Bedrag in euro",
                "<h2 id=\"import-h\">Uitgaven importeren (CSV)</h2>", "action=\"/wards/ruwaard/budget/2026/spending/import\" enctype=\"multipart/form-data\"");
        // Only providers in the financial experiment can be paid from the ward budget.
        assertThat(html).contains("<option value=\"pantein\" >Pantein</option>").doesNotContain("Gemeente Oss");

        assertThat(given().auth().oauth2(FINANCIER).get(PAGE).then().statusCode(200).extract().asString())
                .contains("Nog geen uitgaven.").doesNotContain("record-h", "import-h");
    }

    @Test
    void aSpendingTypedInEurosIsSentInCentsAndThePageSaysWhetherItCountsOrWaits() {
        gateway.answer("POST " + BUDGET + "/spending", 201, "{\"status\": \"RECORDED\"}");

        given().auth().oauth2(CONTROLLER).redirects().follow(false).formParam("spentOn", "2026-03-14").formParam("externalReference", " HVW-12 ")
                .formParam("category", "COLLECTIVE_PROVISION").formParam("providerId", "pantein").formParam("amountCents", "1.250,50")
                .formParam("description", "").post(PAGE)
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=spending_recorded"));

        assertThat(gateway.sent("POST", BUDGET + "/spending")).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo(
                "{\"category\":\"COLLECTIVE_PROVISION\",\"amountCents\":125050,\"spentOn\":\"2026-03-14\",\"externalReference\":\"HVW-12\",\"requestApproval\":false}"));
        assertThat(given().auth().oauth2(CONTROLLER).get(PAGE + "?done=spending_recorded").asString())
                .contains("<p class=\"flash\" role=\"status\">De uitgave is vastgelegd en telt mee als besteed.");

        gateway.answer("POST " + BUDGET + "/spending", 202, "{\"status\": \"PENDING_APPROVAL\"}");
        given().auth().oauth2(CONTROLLER).redirects().follow(false).formParam("spentOn", "2026-03-14").formParam("externalReference", "PAN-9")
                .formParam("category", "PROVIDER").formParam("providerId", "pantein").formParam("amountCents", "90000")
                .formParam("requestApproval", "true").post(PAGE)
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=spending_pending"));
        assertThat(gateway.sent("POST", BUDGET + "/spending").get(1).body()).contains("\"providerId\":\"pantein\"", "\"amountCents\":9000000",
                "\"requestApproval\":true");
    }

    @Test
    void theApisObjectionStandsUnderTheAmountAndWhatWasTypedIsKept() {
        gateway.refuse("POST " + BUDGET + "/spending", 422, "amountCents",
                "van de € 100.000,00 voor deze regel is nog € 20.000,00 over; meer uitgeven vraagt goedkeuring van de controller");

        String html = given().auth().oauth2(CONTROLLER).formParam("spentOn", "2026-03-14").formParam("externalReference", "PAN-9")
                .formParam("category", "PROVIDER").formParam("providerId", "pantein").formParam("amountCents", "90.000").post(PAGE)
                .then().statusCode(422).extract().asString();

        assertThat(gateway.sent("POST", BUDGET + "/spending").get(0).language()).isEqualTo("nl");
        assertThat(html).contains("<p class=\"error\" id=\"f-amountCents-error\">van de € 100.000,00 voor deze regel is nog € 20.000,00 over",
                "value=\"90.000\"", "value=\"PAN-9\"").doesNotContain("amountCents:");
    }

    @Test
    void whatIsNoAmountInEurosIsNamedAsSuchNotAsUnreadableCents() {
        gateway.refuse("POST " + BUDGET + "/spending", 400, "amountCents", "moet een geheel getal zijn");

        String html = given().auth().oauth2(CONTROLLER).formParam("spentOn", "2026-03-14").formParam("externalReference", "PAN-9")
                .formParam("category", "MAATWERK").formParam("amountCents", "veel").post(PAGE).then().statusCode(400).extract().asString();

        assertThat(gateway.sent("POST", BUDGET + "/spending").get(0).body()).contains("\"amountCents\":\"veel\"");
        assertThat(html).contains("<p class=\"error\" id=\"f-amountCents-error\">Vul een bedrag in euro in, bijvoorbeeld 28.000 of 28.000,50</p>",
                "value=\"veel\"");
    }

    @Test
    void anExportIsSentAsItIsAndItsRefusalIsListedPerRow() {
        String csv = "externalReference,spentOn,category,amountCents\nVL-1,2026-01-31,VOORLIGGEND,120000\nVL-2,2026-02-28,VOORLIGGEND,-5\n";
        gateway.refuse("POST " + BUDGET + "/spending/import", 400, "rows[3].amountCents", "moet groter dan 0 zijn");

        String html = given().auth().oauth2(CONTROLLER).multiPart("csv", csv).post(PAGE + "/import").then().statusCode(400).extract().asString();

        assertThat(gateway.sent("POST", BUDGET + "/spending/import").get(0).body()).isEqualTo(csv);
        assertThat(html).contains("Niet geïmporteerd: 1 probleem in de CSV.", "<li><strong>Regel 3, kolom amountCents</strong>: moet groter dan 0 zijn</li>");

        gateway.reset();
        answers();
        gateway.answer("POST " + BUDGET + "/spending/import", "{\"rows\": 2, \"recorded\": 1, \"pendingApproval\": 1, \"alreadyKnown\": 0}");
        given().auth().oauth2(CONTROLLER).redirects().follow(false).multiPart("file", "export.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("csv", "").post(PAGE + "/import")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=imported&recorded=1&pending=1&known=0"));
        assertThat(given().auth().oauth2(CONTROLLER).get(PAGE + "?done=imported&recorded=1&pending=1&known=0").asString())
                .contains("<p class=\"flash\" role=\"status\">Geïmporteerd: 1 vastgelegd, 1 wachten op goedkeuring, 0 waren al bekend.");
    }
}
