package nl.wijknetwerk.cases.casefile;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.cases.wellbeing.CaseFixture;
import nl.wijknetwerk.testing.Tokens;

/** Life domains are a fixed vocabulary: the domains the sources name, validated when a case is opened. */
@QuarkusTest
class LifeDomainTest {

    final String anna = Tokens.professional("anna", "ons-welzijn", "ruwaard");

    @BeforeEach
    void ward() {
        CaseFixture.ward("ruwaard");
    }

    @Test
    void theVocabularyIsTheSourcesEightLifeDomains() {
        assertThat(Arrays.stream(LifeDomain.values()).map(LifeDomain::dutch)).containsExactly("wonen", "financiën", "gezondheid",
                "psychische gezondheid", "dagbesteding/werk", "sociaal netwerk", "opvoeding", "veiligheid");
    }

    @Test
    void aDomainOutsideTheVocabularyIsRefusedNamingItAndAKnownOneIsKeptOnce() {
        String body = """
                {"kind": "INDIVIDUAL", "question": "Ik heb schulden en slaap slecht.", "lifeDomains": %s, "startedBy": "PROFESSIONAL"}""";
        assertFieldProblem(given().auth().oauth2(anna).contentType(ContentType.JSON).body(body.formatted("[\"FINANCES\", \"geldzorgen\"]"))
                .post("/api/wards/ruwaard/cases").then(), 400, "lifeDomains[1]");
        String id = given().auth().oauth2(anna).contentType(ContentType.JSON)
                .body(body.formatted("[\"FINANCES\", \"MENTAL_HEALTH\", \"FINANCES\"]")).post("/api/wards/ruwaard/cases").then()
                .statusCode(201).body("lifeDomains", contains("FINANCES", "MENTAL_HEALTH")).extract().path("id");
        given().auth().oauth2(anna).get("/api/wards/ruwaard/cases/" + id).then().body("lifeDomains", contains("FINANCES", "MENTAL_HEALTH"));
        given().get("/q/openapi?format=json").then().body("components.schemas.LifeDomain.enum",
                contains("HOUSING", "FINANCES", "HEALTH", "MENTAL_HEALTH", "DAYTIME_ACTIVITY", "SOCIAL_NETWORK", "PARENTING", "SAFETY"));
    }
}
