package nl.wijknetwerk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * TLS ends at the Ingress: when the Ingress is a trusted proxy (the chart's gateway.trustedProxies), the services hear
 * the public scheme and host, so the Location of a new case is an https address a partner can follow.
 */
@QuarkusTest
@TestProfile(BehindTheIngressTest.IngressOnLoopback.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class BehindTheIngressTest {

    public static class IngressOnLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @Test
    void theServicesHearTheIngresssSchemeAndHostAndTheCallersAddress() {
        given().auth().oauth2(ApiProxyTest.token(List.of("ruwaard")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "wijknetwerk.example.org")
                .header("X-Forwarded-For", "203.0.113.7")
                .get("/api/wards/ruwaard/cases").then().statusCode(200)
                .body("forwardedProto", equalTo("https"))
                .body("forwardedHost", equalTo("wijknetwerk.example.org"))
                .body("forwardedFor", equalTo("203.0.113.7"));
    }
}
