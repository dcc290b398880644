package nl.wijknetwerk.web.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.web.page.FakeGateway;
import nl.wijknetwerk.web.page.Pages;

/** The coordinator replaces a ward's wijkprofiel from a CSV; the API's objections come back in the page's language. */
@QuarkusTest
class ProfileImportPagesTest {

    static final String COORDINATOR = FakeGateway.token("coordinator", Set.of("coordinator"), List.of("ussen"));
    static final String PROFILE = "/api/wards/ussen/profile";
    static final String CSV = "figure,label,unit,ward,municipality,year\ninhabitants,Inwoners,COUNT,9120,,2024\nage-75-plus,75 jaar of ouder,PERCENT,9.4,8.5,2024\n";

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
    }

    @Test
    void aWardWithoutAProfileSaysSoAndOffersTheUpload() {
        gateway.answer("GET " + PROFILE, "{\"ward\": \"ussen\", \"figures\": []}");

        String html = given().auth().oauth2(COORDINATOR).get("/wards/ussen/profile-import").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>Wijkprofiel bijwerken voor ussen</h1>", "Deze wijk heeft nog geen wijkprofiel.",
                "action=\"/wards/ussen/profile-import\" enctype=\"multipart/form-data\"", "<label for=\"f-file\">CSV-bestand",
                "Eerste regel: figure,label,unit,ward,municipality,year", "<button type=\"submit\">Importeren</button>");
    }

    @Test
    void aPastedProfileReplacesTheWardsAndThePageShowsItAsItIsNow() {
        gateway.answer("PUT " + PROFILE, "{\"ward\": \"ussen\", \"figures\": 2}");

        given().auth().oauth2(COORDINATOR).redirects().follow(false).formParam("csv", CSV).post("/wards/ussen/profile-import")
                .then().statusCode(303).header("Location", endsWith("/wards/ussen/profile-import?done=replaced&figures=2"));

        assertThat(gateway.sent("PUT", PROFILE)).singleElement().satisfies(r -> {
            assertThat(r.contentType()).startsWith("text/csv");
            assertThat(r.body()).isEqualTo(CSV);
        });
        gateway.answer("GET " + PROFILE, """
                {"ward": "ussen", "figures": [
                  {"code": "inhabitants", "label": "Inwoners", "unit": "COUNT", "ward": 9120, "year": 2024},
                  {"code": "age-75-plus", "label": "75 jaar of ouder", "unit": "PERCENT", "ward": 9.4, "municipality": 8.5, "difference": 0.9, "year": 2024}]}""");
        String html = given().auth().oauth2(COORDINATOR).get("/wards/ussen/profile-import?done=replaced&figures=2").asString();
        assertThat(html).contains("<p class=\"flash\" role=\"status\">Het wijkprofiel is vervangen: 2 cijfers.",
                "<tr><th scope=\"row\">Inwoners</th><td><code>inhabitants</code></td><td class=\"num\">9.120</td><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">2024</td></tr>",
                "<td class=\"num\">9,4%</td><td class=\"num\">8,5%</td><td class=\"num\">+0,9 procentpunt</td>");
    }

    @Test
    void theApisObjectionsInDutchAreListedPerLineAndTheTextStaysToCorrect() {
        gateway.answer("GET " + PROFILE, "{\"ward\": \"ussen\", \"figures\": []}");
        gateway.refuse("PUT " + PROFILE, 400, "line 2, column unit", "'AANTAL' is niet een van COUNT, PERCENT, EUR, DAYS, SCORE, AVERAGE, PER_WEEK");
        String typed = "figure,label,unit,ward,municipality,year\ninhabitants,Inwoners,AANTAL,9120,,2024\n";

        String html = given().auth().oauth2(COORDINATOR).multiPart("csv", typed).post("/wards/ussen/profile-import")
                .then().statusCode(400).extract().asString();

        assertThat(gateway.sent("PUT", PROFILE)).singleElement().satisfies(r -> assertThat(r.language()).isEqualTo("nl"));
        assertThat(html).contains("Niet geïmporteerd: 1 probleem in de CSV. Het staat onder de tekst; verbeter het daar en importeer opnieuw.", ">" + typed + "</textarea>",
                "<li><strong>Regel 2, kolom unit</strong>: &#39;AANTAL&#39; is niet een van COUNT, PERCENT, EUR, DAYS, SCORE, AVERAGE, PER_WEEK</li>");
    }

    @Test
    void whoChoseEnglishGetsTheApisAnswersInEnglish() {
        gateway.answer("GET " + PROFILE, "{\"ward\": \"ussen\", \"figures\": []}");

        String html = given().auth().oauth2(COORDINATOR).cookie(Pages.LANGUAGE_COOKIE, "en").get("/wards/ussen/profile-import")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>Update the ward profile of ussen</h1>", "This ward has no ward profile yet.");
        assertThat(gateway.sent("GET", PROFILE)).singleElement().satisfies(r -> assertThat(r.language()).isEqualTo("en"));
    }
}
