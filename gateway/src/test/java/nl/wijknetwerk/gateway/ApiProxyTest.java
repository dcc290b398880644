package nl.wijknetwerk.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import nl.wijknetwerk.api.WardsClaimCases;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class ApiProxyTest {

    @OidcWireMock
    WireMockServer identityProvider;

    static String token(List<String> wards) {
        return Jwt.preferredUserName("anna").groups(Set.of("professional")).claim("wards", wards)
                .claim("organisation", "ons-welzijn").issuer("https://server.example.com")
                .audience("https://server.example.com").jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void forwardsTheRequestWithTokenBodyAndTraceparent() {
        String token = token(List.of("ruwaard"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"kind\":\"INDIVIDUAL\"}")
                .post("/api/wards/ruwaard/cases?x=1")
                .then().statusCode(201)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/wards/ruwaard/cases?x=1"))
                .body("authorization", equalTo("Bearer " + token))
                .body("bodyLength", equalTo(21))
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9]"));
    }

    @Test
    void tellsTheServiceItsOwnAddressAndNeverACallersForwardingHeaders() {
        // The services build Location from X-Forwarded-*: a caller's copy would point a partner at another host.
        given().auth().oauth2(token(List.of("ruwaard")))
                .header("X-Forwarded-Host", "elders.example").header("X-Forwarded-Port", "6666")
                .header("X-Forwarded-Prefix", "/elders").header("Forwarded", "host=elders.example;proto=https")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7")
                .get("/api/wards/ruwaard/cases").then().statusCode(200)
                .body("forwardedHost", matchesPattern("(localhost|127\\.0\\.0\\.1):\\d+"))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedFor", matchesPattern("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"))
                .body("forwardedPort", equalTo("null"))
                .body("forwardedPrefix", equalTo("null"))
                .body("forwarded", equalTo("null"));
    }

    @Inject
    MeterRegistry meters;

    @Test
    void aTokenVerifiedOnceIsReusedForItsNextRequestsAndAnotherTokenIsVerifiedOnItsOwn() {
        String anna = token(List.of("ruwaard"));
        double verified = tokens("verified");
        double reused = tokens("reused");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(anna).get("/api/wards/ruwaard/cases").then().statusCode(200);
        }
        assertThat(tokens("verified") - verified).isEqualTo(1.0);
        assertThat(tokens("reused") - reused).isEqualTo(2.0);
        // Its identity is anna's with her wards only: Ussen is still refused, and the next token is checked anew.
        given().auth().oauth2(anna).get("/api/wards/ussen/cases").then().statusCode(403);
        given().auth().oauth2(token(List.of("ussen"))).get("/api/wards/ussen/cases").then().statusCode(200);
        assertThat(tokens("verified") - verified).isEqualTo(2.0);
    }

    private double tokens(String check) {
        return meters.counter("gateway.tokens", "check", check).count();
    }

    @Test
    void aRequestWithoutABodyIsForwardedWithoutOne() {
        // Forwarded chunked, a GET would look like a request with an untyped body to the services (415).
        given().auth().oauth2(token(List.of("ruwaard"))).get("/api/wards/ruwaard/cases").then().statusCode(200)
                .body("method", equalTo("GET")).body("transferEncoding", equalTo("null")).body("bodyLength", equalTo(0));
    }

    @Test
    void refusesAWardThatIsNotInTheTokenBeforeForwarding() {
        given().auth().oauth2(token(List.of("ruwaard"))).get("/api/wards/ussen/cases")
                .then().statusCode(403).contentType(startsWith("application/problem+json")).body("status", equalTo(403));
        given().auth().oauth2(token(List.of("*"))).get("/api/wards/ussen/kpis").then().statusCode(200);
    }

    static List<WardsClaimCases.Case> wardsClaims() {
        return WardsClaimCases.ALL;
    }

    /** The services read the same shapes with the same parser (network-service's WardTest sends these tokens too). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wardsClaims")
    void readsEveryShapeOfTheWardsClaimAsTheServicesDo(WardsClaimCases.Case shape) {
        JwtClaimsBuilder claims = Jwt.preferredUserName("anna").groups(Set.of("professional"))
                .issuer("https://server.example.com").audience("https://server.example.com");
        if (shape.claim() != null) {
            claims.claim("wards", shape.claim());
        }
        given().auth().oauth2(claims.jws().keyId("1").sign("privateKey.jwk")).get("/api/wards/ruwaard/cases")
                .then().statusCode(shape.mayActInRuwaard() ? 200 : 403);
    }

    @Test
    void refusesMissingGarbageTamperedUnsignedAndExpiredTokensWithAProblem() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        String expired = Jwt.preferredUserName("anna").groups(Set.of("professional")).claim("wards", List.of("ruwaard"))
                .issuer("https://server.example.com").audience("https://server.example.com")
                .issuedAt(past - 600).expiresAt(past).jws().keyId("1").sign("privateKey.jwk");
        String good = token(List.of("ruwaard"));
        String[] valid = good.split("\\.");
        String otherWards = base64("{\"preferred_username\":\"anna\",\"wards\":[\"*\"],\"groups\":[\"professional\"],"
                + "\"iss\":\"https://server.example.com\",\"exp\":" + (past + 7200) + "}");
        String tampered = valid[0] + "." + otherWards + "." + valid[2];
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + otherWards + ".";
        identityProvider.resetRequests();

        given().get("/api/wards/ruwaard/cases").then().statusCode(401).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
        // The good token was just verified (and its identity kept for its next requests): a copy with another payload
        // but the same signature is a token of its own, verified on its own, and refused.
        given().auth().oauth2(good).get("/api/wards/ruwaard/cases").then().statusCode(200);
        for (String bad : List.of("not-a-token", tampered, unsigned, expired)) {
            given().auth().oauth2(bad).get("/api/wards/ruwaard/cases").then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(401))
                    .body("detail", equalTo("A valid bearer token is required"));
        }
        // Only signed JWTs are accepted: nothing is sent to the identity provider's introspection endpoint.
        identityProvider.verify(0, WireMock.postRequestedFor(WireMock.urlPathMatching(".*/introspect")));
    }

    @Test
    void aQueryStringTooLongForTheServerIs414WithAProblem() {
        String longValue = "x".repeat(10_000);
        given().auth().oauth2(token(List.of("ruwaard"))).get("/api/wards/ruwaard/cases?q=" + longValue)
                .then().statusCode(414).contentType(startsWith("application/problem+json")).body("status", equalTo(414));
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void routesByOwnerAndAnswersUnknownPathsWith404() {
        String token = token(List.of("*"));
        given().auth().oauth2(token).get("/api/wards").then().statusCode(200).body("uri", equalTo("/api/wards"));
        given().auth().oauth2(token).get("/api/price-lists/2025").then().statusCode(200).body("uri", equalTo("/api/price-lists/2025"));
        given().auth().oauth2(token).get("/api/wards/ruwaard/nonsense").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aServiceThatIsDownIs503WithRetryAfterAndASlowOneIs504() {
        String token = token(List.of("ruwaard"));
        given().auth().oauth2(token).get("/api/wards/ruwaard/budgets/2025").then().statusCode(503)
                .header("Retry-After", "5")
                .contentType(startsWith("application/problem+json")).body("status", equalTo(503));
        given().auth().oauth2(token).get("/api/wards/ruwaard/kpis/slow").then().statusCode(504)
                .contentType(startsWith("application/problem+json"));
    }
}
