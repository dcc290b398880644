package nl.wijknetwerk.network.ward;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.network.NetworkFixtures.onboard;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wijknetwerk.testing.Tokens;

/**
 * A service reuses the identity of a token it verified a moment ago (VerifiedTokenReuse): only for that exact token,
 * with the same roles and wards, and never for a token that differs from it in its claims or its signature.
 */
@QuarkusTest
class VerifiedTokenReuseTest {

    @Inject
    MeterRegistry meters;

    double reused() {
        return meters.counter("wijknetwerk.tokens", "check", "reused").count();
    }

    @Test
    void aReusedTokenGrantsWhatItGrantedWhenVerifiedAndATamperedCopyIsRefused() {
        onboard("hergebruik-a");
        onboard("hergebruik-b");
        String anna = Tokens.professional("anna", "ons-welzijn", "hergebruik-a");
        double before = reused();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(anna).get("/api/wards").then().statusCode(200)
                    .body("slug", hasItem("hergebruik-a")).body("slug", not(hasItem("hergebruik-b")));
            assertProblem(given().auth().oauth2(anna).get("/api/wards/hergebruik-b").then(), 403);
        }
        assertThat(reused() - before).as("the token was verified once and then reused").isGreaterThanOrEqualTo(5);

        String[] parts = anna.split("\\.");
        // Anna's own token with another ward written into its claims: the signature no longer matches them.
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"hergebruik-a\"", "\"hergebruik-b\"");
        assertThat(claims).contains("hergebruik-b");
        String widened = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertProblem(given().auth().oauth2(widened).get("/api/wards/hergebruik-b").then(), 401);
        // The same claims under a signature the identity provider never made.
        char first = parts[2].charAt(0);
        String resigned = parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertProblem(given().auth().oauth2(resigned).get("/api/wards").then(), 401);

        given().auth().oauth2(anna).get("/api/wards/hergebruik-a").then().statusCode(200);
    }
}
