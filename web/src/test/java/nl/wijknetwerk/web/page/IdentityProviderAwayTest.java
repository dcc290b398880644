package nl.wijknetwerk.web.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Keycloak cannot be reached: a person opening Wijknetwerk reads why and when to try again, not a bare 500. */
@QuarkusTest
@TestProfile(IdentityProviderAwayTest.KeycloakAway.class)
class IdentityProviderAwayTest {

    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens on port 9: the provider's metadata cannot be fetched, as when Keycloak is down.
            return Map.of("quarkus.oidc.auth-server-url", "http://localhost:9/realms/wijknetwerk",
                    "quarkus.oidc.application-type", "web-app");
        }
    }

    @Test
    void everyPageSaysInDutchThatSigningInIsNotPossibleJustNowAndWhenToTryAgain() {
        given().redirects().follow(false).get("/wards/ruwaard/cases").then().statusCode(503)
                .header("Retry-After", equalTo("5")).contentType(startsWith("text/html"))
                .body(containsString("Inloggen kan even niet"), containsString("href=\"/wards/ruwaard/cases\""));
        given().cookie(Pages.LANGUAGE_COOKIE, "en").get("/").then().statusCode(503)
                .body(containsString("Signing in is not possible just now"), containsString("lang=\"en\""));
        // The page keeps its style: the style sheet is served without the provider.
        given().get("/css/wijknetwerk.css").then().statusCode(200);
    }
}
