package nl.wijknetwerk.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Keycloak stops while Wijknetwerk runs: someone signed in goes on, and someone signing in now reads why it cannot
 * be done just now instead of being sent to a sign-in page that does not answer.
 */
@QuarkusTest
class SignInUnreachableTest {

    static final String SIGNED_IN = FakeGateway.token("marieke", Set.of("manager"), List.of("ruwaard"));

    @OidcWireMock
    WireMockServer provider;

    @Test
    void aNewSignInGetsTheUnavailablePageWhileTheProviderIsAwayAndTheSignInPageOnceItIsBack() {
        given().redirects().follow(false).get("/wards/ruwaard/cases").then().statusCode(302);

        StubMapping away = provider.stubFor(get(urlPathMatching(".*/\\.well-known/openid-configuration")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().redirects().follow(false)
                    .get("/wards/ruwaard/cases").then().statusCode(503));
            given().redirects().follow(false).get("/wards/ruwaard/cases").then().statusCode(503)
                    .header("Retry-After", equalTo("5")).body(containsString("Inloggen kan even niet"));
            // Signed in before: the keys are known, the person goes on.
            given().auth().oauth2(SIGNED_IN).redirects().follow(false).get("/wards/ruwaard/dashboard").then()
                    .statusCode(not(equalTo(503))).body(not(containsString("Inloggen kan even niet")));
            given().get("/css/wijknetwerk.css").then().statusCode(200);
        } finally {
            provider.removeStub(away);
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().redirects().follow(false)
                .get("/wards/ruwaard/cases").then().statusCode(302));
    }
}
