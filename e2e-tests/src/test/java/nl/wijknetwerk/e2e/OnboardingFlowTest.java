package nl.wijknetwerk.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.testing.KafkaBroker;
import nl.wijknetwerk.testing.Tokens;

/**
 * The foundation's flow across the real platform: a coordinator onboards Ussen in network-service through the
 * gateway, every service learns of it over Kafka, a professional of Ussen opens a case in case-service, and
 * monitoring-service counts it for Ussen only. Then the broker goes away for a while and nothing is lost. Last,
 * the gateway's one API document covers the operations of every service, each with its problem+json answers.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingFlowTest {

    static final Duration EVENTUAL = Duration.ofSeconds(60);
    static final String CASE = """
            {"kind": "INDIVIDUAL", "question": "Ik wil weer grip op mijn huishouden.", "lifeDomains": ["HOUSING"],
             "startedBy": "PROFESSIONAL", "triageRoute": "GUIDED_TO_COLLECTIVE"}""";

    static Platform platform;
    static String chantal = Tokens.professional("chantal", "pantein", "ussen");
    static String anna = Tokens.professional("anna", "ons-welzijn", "ruwaard");

    @BeforeAll
    static void start() {
        platform = Platform.shared();
    }

    @Test
    @Order(1)
    void aCoordinatorOnboardsUssenAndEveryServiceAcceptsIt() {
        onboard("ruwaard", "Ruwaard");
        onboard("ussen", "Ussen");

        // (b) ward.onboarded reaches case-, budget- and monitoring-service: each now knows the ward.
        await().atMost(EVENTUAL).untilAsserted(() -> get(chantal, "/api/wards/ussen/budgets").statusCode(200));
        await().atMost(EVENTUAL).untilAsserted(() -> get(chantal, "/api/wards/ussen/kpis").statusCode(200));
        // (c) a professional of Ussen opens a case in case-service, through the gateway.
        // Its Location is the gateway's address, where the professional can follow it, whatever forwarding headers
        // she sent herself.
        await().atMost(EVENTUAL).untilAsserted(() -> given().baseUri(platform.gateway()).auth().oauth2(chantal)
                .header("X-Forwarded-Port", "6666").header("X-Forwarded-Host", "elders.example")
                .contentType(ContentType.JSON).body(CASE).post("/api/wards/ussen/cases").then().statusCode(201)
                .body("ward", equalTo("ussen"))
                .header("Location", startsWith(platform.gateway() + "/api/wards/ussen/cases/")));
        // (d, e) case.opened reaches monitoring-service: Ussen shows one open case, Ruwaard none.
        await().atMost(EVENTUAL).untilAsserted(() -> assertOpenCases("ussen", 1));
        assertOpenCases("ruwaard", 0);

        // The new ward's evaluation report as the council files it: a PDF from the packaged application (the
        // @QuarkusTest of monitoring-service runs another class loader, under which a missing XML parser went unseen).
        byte[] pdf = given().baseUri(platform.gateway()).auth().oauth2(Tokens.coordinator()).accept("application/pdf")
                .get("/api/wards/ussen/reports/evaluation").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        org.assertj.core.api.Assertions.assertThat(new String(java.util.Arrays.copyOf(pdf, 4), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }

    @Test
    @Order(2)
    void aProfessionalOfRuwaardIsRefusedForUssenAtTheGatewayAndAtTheService() {
        get(anna, "/api/wards/ussen/cases").statusCode(403).contentType(startsWith("application/problem+json"));
        get(anna, "/api/wards/ussen/kpis").statusCode(403);
        // Bypassing the gateway does not help: the service checks the token itself.
        given().baseUri(platform.service("case-service")).auth().oauth2(anna).get("/api/wards/ussen/cases")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().baseUri(platform.service("monitoring-service")).auth().oauth2(anna).get("/api/wards/ussen/kpis")
                .then().statusCode(403);
        // And what Ruwaard may see does not include the Ussen case.
        given().baseUri(platform.gateway()).auth().oauth2(anna).get("/api/wards/ruwaard/cases")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @Order(3)
    void eventsWrittenWhileTheBrokerIsDownAreDeliveredWhenItReturns() throws InterruptedException {
        KafkaBroker.stop();
        try {
            // Both writes succeed: they only need each service's own database; the events wait in the outboxes.
            onboard("schadewijk", "Schadewijk");
            given().baseUri(platform.gateway()).auth().oauth2(chantal).contentType(ContentType.JSON).body(CASE)
                    .post("/api/wards/ussen/cases").then().statusCode(201);
            Thread.sleep(8_000); // long enough for producers and consumers to notice the broker is gone
        } finally {
            KafkaBroker.start();
        }
        String dirk = Tokens.professional("dirk", "ggz-oost-brabant", "schadewijk");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().baseUri(platform.gateway()).auth().oauth2(dirk)
                .contentType(ContentType.JSON).body(CASE).post("/api/wards/schadewijk/cases").then().statusCode(201));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertOpenCases("ussen", 2));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertOpenCases("schadewijk", 1));
    }

    @Test
    @Order(4)
    void theGatewayServesOneApiDocumentWithEveryServiceAndItsProblemAnswers() {
        ValidatableResponse doc = given().baseUri(platform.gateway()).get("/openapi").then().statusCode(200)
                .body("info.title", equalTo("Wijknetwerk API"))
                .body("info.description", not(containsString("did not answer")))
                .body("paths.keySet()", hasItems("/api/wards", "/api/wards/{ward}/cases", "/api/wards/{ward}/budgets",
                        "/api/wards/{ward}/kpis"))
                .body("components.schemas.Problem.properties.keySet()", hasItems("status", "errors"));
        doc.body("paths.'/api/wards/{ward}/cases'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                equalTo("#/components/schemas/Problem"));
        doc.body("paths.'/api/wards/{ward}/cases'.get.responses.keySet()", hasItems("200", "401", "403", "404"));
        given().baseUri(platform.gateway()).get("/q/swagger-ui/").then().statusCode(200);
    }

    static void onboard(String slug, String name) {
        given().baseUri(platform.gateway()).auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\", \"municipality\": \"Oss\", \"startDate\": \"2024-01-01\"}")
                .post("/api/wards").then().statusCode(201);
    }

    static ValidatableResponse get(String token, String path) {
        return given().baseUri(platform.gateway()).auth().oauth2(token).get(path).then();
    }

    static void assertOpenCases(String ward, int expected) {
        get(Tokens.coordinator(), "/api/wards/" + ward + "/kpis").statusCode(200)
                .body("goals.indicators.flatten().find { it.code == 'open-cases' }.value", equalTo(expected));
    }
}
