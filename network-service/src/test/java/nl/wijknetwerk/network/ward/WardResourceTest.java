package nl.wijknetwerk.network.ward;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import nl.wijknetwerk.api.WardsClaimCases;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

@QuarkusTest
class WardResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void coordinatorOnboardsAWardAndEveryServiceIsToldThroughAValidEvent() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"slug": "ussen", "name": "Ussen", "municipality": "Oss", "startDate": "2023-01-01"}""")
                .post("/api/wards")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/wards/ussen"))
                .body("status", equalTo("ACTIVE"))
                .body("timeZone", equalTo("Europe/Amsterdam"));

        given().auth().oauth2(Tokens.coordinator()).get("/api/wards/ussen").then().statusCode(200).body("name", equalTo("Ussen"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = TopicProbe.readAll(kafka, "network.events");
            JsonNode onboarded = events.stream().filter(e -> e.path("type").asText().equals(EventTypes.WARD_ONBOARDED)
                    && e.path("wardid").asText().equals("ussen")).findFirst().orElseThrow(() -> new AssertionError("event not on the topic yet"));
            assertThat(EventSchemas.violations(onboarded)).isEmpty();
            assertThat(onboarded.path("data").path("municipality").asText()).isEqualTo("Oss");
            assertThat(onboarded.path("subject").asText()).isEqualTo("ussen");
        });
    }

    static List<WardsClaimCases.Case> wardsClaims() {
        return WardsClaimCases.ALL;
    }

    /**
     * The gateway reads the same shapes with the same parser (its ApiProxyTest sends these tokens too). A token that
     * names the ward passes the ward wall (200, or 404 before another test onboarded ruwaard); any other is 403.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wardsClaims")
    void readsEveryShapeOfTheWardsClaimAsTheGatewayDoes(WardsClaimCases.Case shape) {
        JwtClaimsBuilder claims = Jwt.preferredUserName("anna").subject("anna").groups(Set.of("professional"))
                .issuer(Tokens.ISSUER).audience(Tokens.ISSUER);
        if (shape.claim() != null) {
            claims.claim("wards", shape.claim());
        }
        var answer = given().auth().oauth2(claims.jws().keyId("1").sign("privateKey.jwk")).get("/api/wards/ruwaard/professionals").then();
        if (shape.mayActInRuwaard()) {
            answer.statusCode(anyOf(equalTo(200), equalTo(404)));
        } else {
            assertProblem(answer, 403).body("detail", equalTo("Your token does not give access to ward 'ruwaard'"));
        }
    }

    @Test
    void aDuplicateSlugIsRefusedAndChangesNothing() {
        onboard("dup-ward", "Eerste");
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"slug": "dup-ward", "name": "Tweede", "municipality": "Oss", "startDate": "2024-01-01"}""")
                .post("/api/wards").then(), 409, "slug");
        // The coordinator's onboarding form asks in Dutch: the same field, told in Dutch.
        given().auth().oauth2(Tokens.coordinator()).header("Accept-Language", "nl").contentType(ContentType.JSON)
                .body("""
                        {"slug": "dup-ward", "name": "Tweede", "municipality": "Oss", "startDate": "2024-01-01"}""")
                .post("/api/wards").then().statusCode(409).body("type", endsWith("/duplicate"))
                .body("detail", equalTo("Er is al een wijk 'dup-ward'")).body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", equalTo("is al in gebruik"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/wards/dup-ward").then().body("name", equalTo("Eerste"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"slug": "Not A Slug", "name": "X", "municipality": "Oss", "startDate": "2024-01-01"}""")
                .post("/api/wards").then(), 400, "slug");
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"slug": "ok-slug", "name": "X", "municipality": "Oss", "startDate": "2024-01-01", "mayor": "?"}""")
                .post("/api/wards").then(), 400, "mayor");
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"slug": "ok-slug", "name": "X", "municipality": "Oss", "startDate": "first of May"}""")
                .post("/api/wards").then(), 400, "startDate");
        assertProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"slug\": ").post("/api/wards").then(), 400);
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"slug": "ok-slug", "name": "X", "municipality": "Oss", "timeZone": "Mars/Olympus", "startDate": "2024-01-01"}""")
                .post("/api/wards").then(), 400, "timeZone");
        given().auth().oauth2(Tokens.coordinator()).get("/api/wards/ok-slug").then().statusCode(404);
    }

    @Test
    void objectionsComeInDutchWhenTheCallerAsksForDutchUnderTheSameFieldNames() {
        String body = """
                {"slug": "Not A Slug", "name": " ", "municipality": "Oss", "startDate": "2024-01-01"}""";
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("Accept-Language", "nl-NL,nl;q=0.9")
                .body(body).post("/api/wards").then(), 400, "slug")
                .body("errors.find { it.field == 'slug' }.message", equalTo("kleine letters, cijfers en streepjes, 2 tot 63 tekens"))
                .body("errors.find { it.field == 'name' }.message", equalTo("is verplicht"));
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(body).post("/api/wards").then(), 400, "slug")
                .body("errors.find { it.field == 'slug' }.message", equalTo("lower-case letters, digits and dashes, 2 to 63 characters"))
                .body("errors.find { it.field == 'name' }.message", equalTo("must not be blank"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/wards/not-a-slug").then().statusCode(404);
    }

    @Test
    void onlyACoordinatorOnboardsAndOthersSeeOnlyTheirWards() {
        onboard("zicht-a", "Zicht A");
        onboard("zicht-b", "Zicht B");
        assertProblem(given().auth().oauth2(Tokens.professional("anna", "ons-welzijn", "zicht-a")).contentType(ContentType.JSON)
                .body("""
                        {"slug": "sneaky", "name": "X", "municipality": "Oss", "startDate": "2024-01-01"}""")
                .post("/api/wards").then(), 403);
        given().auth().oauth2(Tokens.professional("anna", "ons-welzijn", "zicht-a")).get("/api/wards")
                .then().statusCode(200).body("slug", hasItem("zicht-a")).body("slug", not(hasItem("zicht-b")));
        assertProblem(given().auth().oauth2(Tokens.professional("anna", "ons-welzijn", "zicht-a")).get("/api/wards/zicht-b").then(), 403);
        assertProblem(given().get("/api/wards").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.foreignSigned("anna", "zicht-a")).get("/api/wards").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.expired("anna", "zicht-a")).get("/api/wards").then(), 401);
    }

    @Test
    void aSuspendedWardCanBeActivatedAgain() {
        onboard("slaap", "Slaap");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"reason\": \"audit\"}")
                .post("/api/wards/slaap/suspension").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        assertProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{}")
                .post("/api/wards/slaap/suspension").then(), 409)
                .body("detail", equalTo("Ward 'slaap' is already suspended"));
        // The coordinator's Dutch page reads why in Dutch.
        assertProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("Accept-Language", "nl")
                .body("{}").post("/api/wards/slaap/suspension").then(), 409)
                .body("detail", equalTo("Wijk 'slaap' is al opgeschort"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{}")
                .post("/api/wards/slaap/activation").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void suspensionTakesJsonOnlyAndATextBodyChangesNothing() {
        onboard("tekst", "Tekst");
        assertProblem(given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.TEXT).body("{\"reason\": \"audit\"}")
                .post("/api/wards/tekst/suspension").then(), 415);
        assertProblem(given().auth().oauth2(Tokens.coordinator()).contentType("application/xml").body("<reason/>")
                .post("/api/wards/tekst/activation").then(), 415);
        given().auth().oauth2(Tokens.coordinator()).get("/api/wards/tekst").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aQueryStringTooLongIs414WithAProblem() {
        assertProblem(given().auth().oauth2(Tokens.coordinator()).get("/api/wards?q=" + "x".repeat(10_000)).then(), 414);
    }

    static void onboard(String slug, String name) {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\", \"municipality\": \"Oss\", \"startDate\": \"2024-01-01\"}")
                .post("/api/wards").then().statusCode(201);
    }
}
