package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * With the Keycloak operator, the chart imports the platform's own realm (platform/keycloak) without its demo
 * users, demo secrets and password-grant client, and points the browser client at the production host.
 */
class KeycloakRealmTest {

    private static final Path PLATFORM_REALM = Chart.REPOSITORY.resolve("platform/keycloak/realm-wijknetwerk.json");

    private final Manifests production = Chart.render(Chart.CHART, Chart.example("production"));

    @Test
    void chartCarriesThePlatformRealmUnchanged() throws IOException {
        assertThat(Files.readString(Chart.CHART.resolve("files/realm-wijknetwerk.json")))
                .as("helm/wijknetwerk/files/realm-wijknetwerk.json is a copy of platform/keycloak/realm-wijknetwerk.json; "
                        + "copy it again after changing the realm")
                .isEqualTo(Files.readString(PLATFORM_REALM));
    }

    @Test
    void importsTheRealmWithoutDemoUsersOrSecrets() throws IOException {
        JsonNode platform = new ObjectMapper().readTree(PLATFORM_REALM.toFile());
        JsonNode realmImport = production.get("KeycloakRealmImport", "wijknetwerk-keycloak-realm");
        JsonNode realm = realmImport.at("/spec/realm");

        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo("wijknetwerk-keycloak");
        assertThat(realm.path("realm").asText()).isEqualTo("wijknetwerk");
        assertThat(Manifests.list(realm.path("users"))).as("no demo users: only network-service's service account")
                .extracting(u -> u.path("username").asText()).containsExactly("service-account-wijknetwerk-network-service");
        assertThat(realm.at("/users/0/clientRoles/realm-management")).as("it manages users, nothing else")
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("view-users", "query-users", "manage-users");
        assertThat(realm.at("/users/0").has("credentials")).isFalse();
        assertThat(realm.findValues("secret")).as("client secrets").isEmpty();
        assertThat(Manifests.list(realm.path("clients"))).extracting(c -> c.path("clientId").asText())
                .containsExactly("wijknetwerk-web", "wijknetwerk-network-service");

        assertThat(names(realm.at("/roles/realm"))).isEqualTo(names(platform.at("/roles/realm")));
        assertThat(names(realm.path("clientScopes"))).isEqualTo(names(platform.path("clientScopes")));
        assertThat(realm.path("components")).as("the user profile declaring wards and organisation")
                .isEqualTo(platform.path("components"));
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(platform.path("accessTokenLifespan").asInt());
    }

    @Test
    void browserClientRedirectsToTheProductionHostWithPkce() {
        JsonNode web = production.get("KeycloakRealmImport", "wijknetwerk-keycloak-realm").at("/spec/realm/clients/0");

        assertThat(Manifests.list(web.path("redirectUris"))).extracting(JsonNode::asText).containsExactly("https://wijknetwerk.oss.example/*");
        assertThat(Manifests.list(web.path("webOrigins"))).extracting(JsonNode::asText).containsExactly("https://wijknetwerk.oss.example");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void servicesFindKeycloakInTheClusterWhileTokensCarryThePublicIssuer() {
        JsonNode keycloak = production.get("Keycloak", "wijknetwerk-keycloak");

        assertThat(keycloak.at("/spec/hostname/hostname").asText()).isEqualTo("https://auth.wijknetwerk.oss.example");
        assertThat(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean()).isTrue();
        assertThat(keycloak.at("/spec/db/host").asText()).isEqualTo("wijknetwerk-postgres-rw");
        assertThat(keycloak.at("/spec/db/passwordSecret/name").asText()).isEqualTo("wijknetwerk-keycloak-db");
        assertThat(production.configMapData("wijknetwerk-case-service"))
                .containsEntry("WIJKNETWERK_OIDC_URL", "http://wijknetwerk-keycloak-service:8080/realms/wijknetwerk");
    }

    private static List<String> names(JsonNode array) {
        return Manifests.list(array).stream().map(n -> n.path("name").asText()).sorted().toList();
    }
}
