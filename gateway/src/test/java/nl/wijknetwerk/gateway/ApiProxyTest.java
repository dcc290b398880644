package nl.wijknetwerk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class ApiProxyTest {

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
    void refusesAWardThatIsNotInTheTokenBeforeForwarding() {
        given().auth().oauth2(token(List.of("ruwaard"))).get("/api/wards/ussen/cases")
                .then().statusCode(403).contentType(startsWith("application/problem+json")).body("status", equalTo(403));
        given().auth().oauth2(token(List.of("*"))).get("/api/wards/ussen/kpis").then().statusCode(200);
    }

    @Test
    void refusesMissingExpiredAndForeignTokens() {
        given().get("/api/wards/ruwaard/cases").then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().auth().oauth2("not-a-token").get("/api/wards/ruwaard/cases").then().statusCode(401);
        long past = System.currentTimeMillis() / 1000 - 3600;
        String expired = Jwt.preferredUserName("anna").groups(Set.of("professional")).claim("wards", List.of("ruwaard"))
                .issuer("https://server.example.com").audience("https://server.example.com")
                .issuedAt(past - 600).expiresAt(past).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(expired).get("/api/wards/ruwaard/cases").then().statusCode(401);
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
