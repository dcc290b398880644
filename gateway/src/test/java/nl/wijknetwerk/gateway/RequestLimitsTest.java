package nl.wijknetwerk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** Limits a partner notices: its request budget, the largest body, the largest page; and the one API document. */
@QuarkusTest
class RequestLimitsTest {

    @ConfigProperty(name = "gateway.limits.window")
    Duration window;

    /** A client-credentials token of a partner system, as Keycloak issues it (client_id, no person). */
    static String partnerToken(String clientId) {
        return Jwt.subject("service-account-" + clientId).claim("client_id", clientId).claim("azp", clientId)
                .groups(Set.of("partner-system")).claim("wards", List.of("ruwaard"))
                .issuer("https://server.example.com").audience("https://server.example.com")
                .jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void theHundredAndFirstRequestOfAClientLimitedToAHundredIs429WithRetryAfter() throws InterruptedException {
        String token = partnerToken("partner-ggd");
        // Windows are fixed slices of the clock: start early in one, so all 101 requests fall into the same window.
        long untilNextWindow = window.toMillis() - System.currentTimeMillis() % window.toMillis();
        if (untilNextWindow < window.toMillis() / 2) {
            Thread.sleep(untilNextWindow + 50);
        }
        for (int i = 1; i <= 100; i++) {
            int status = given().auth().oauth2(token).get("/api/wards/ruwaard/cases").statusCode();
            assertEquals(200, status, "request " + i + " of 100 is within the limit");
        }
        given().auth().oauth2(token).get("/api/wards/ruwaard/cases")
                .then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(429))
                .body("detail", containsString("partner-ggd"));
        // Another partner's budget is its own.
        given().auth().oauth2(partnerToken("partner-unik")).get("/api/wards/ruwaard/cases").then().statusCode(200)
                .header("RateLimit-Limit", "600");
    }

    @Test
    void aBodyOverTheLimitIs413AndNeverForwarded() {
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        given().auth().oauth2(ApiProxyTest.token(List.of("ruwaard"))).contentType(ContentType.JSON).body(threeMegabytes)
                .post("/api/wards/ruwaard/cases")
                .then().statusCode(413).contentType(startsWith("application/problem+json")).body("status", equalTo(413))
                .body("detail", equalTo("Request bodies are limited to 2097152 bytes"));
        // A page's upload, in the page's language; a header that cannot be read gets English.
        given().auth().oauth2(ApiProxyTest.token(List.of("ruwaard"))).header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8")
                .contentType("text/csv").body(threeMegabytes).post("/api/wards/ruwaard/cases")
                .then().statusCode(413).body("detail", equalTo("De inhoud van een verzoek mag hoogstens 2097152 bytes zijn"));
        given().auth().oauth2(ApiProxyTest.token(List.of("ruwaard"))).header("Accept-Language", ";;q=x,")
                .contentType("text/csv").body(threeMegabytes).post("/api/wards/ruwaard/cases")
                .then().statusCode(413).body("detail", startsWith("Request bodies are limited"));
    }

    @Test
    void aChunkedBodyIsCountedSoOneOverTheLimitIs413AndOneWithinIsForwardedWhole() throws Exception {
        String token = ApiProxyTest.token(List.of("ruwaard"));
        HttpResponse<String> tooLarge = chunked(token, 2_200_000);
        assertEquals(413, tooLarge.statusCode());
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> within = chunked(token, 100_000);
        assertEquals(201, within.statusCode());
        assertThat(within.body()).contains("\"bodyLength\":100000");
    }

    /** POSTs {@code bytes} as a stream of unknown length: HTTP/1.1 sends it chunked, with no Content-Length to check. */
    private HttpResponse<String> chunked(String token, int bytes) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(gateway + "api/wards/ruwaard/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[bytes]))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL gateway;

    @Test
    void aPageLargerThanTheCapIs400NamingTheParameter() {
        given().auth().oauth2(ApiProxyTest.token(List.of("ruwaard"))).get("/api/wards/ruwaard/cases?size=5000")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(ApiProxyTest.token(List.of("ruwaard"))).get("/api/wards/ruwaard/cases?size=50")
                .then().statusCode(200);
    }

    @Test
    void oneOpenApiDocumentCoversTheServicesAndNamesTheOnesThatAreDown() {
        given().get("/openapi").then().statusCode(200)
                .body("info.title", equalTo("Wijknetwerk API"))
                .body("paths", hasKey("/api/wards/{ward}/cases"))
                .body("components.schemas", hasKey("CaseView"))
                .body("info.description", containsString("budget"));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"));
    }
}
