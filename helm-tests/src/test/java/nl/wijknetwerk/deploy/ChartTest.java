package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;

/** The chart passes Helm's strict lint and renders an acceptable release for every documented set of values. */
class ChartTest {

    static Stream<Arguments> valueSets() {
        return Stream.of(
                Arguments.of("default values", List.of()),
                Arguments.of("production example", List.of(Chart.example("production"))),
                Arguments.of("external dependencies example", List.of(Chart.example("external-dependencies"))));
    }

    @Test
    void passesStrictLint() {
        LintResult lint = Chart.lint(Chart.CHART);

        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void rendersAReleaseThatKeepsTheRules(String description, List<Path> valuesFiles) throws IOException {
        String yaml = Chart.renderYaml(Chart.CHART, valuesFiles, Map.of());
        // Kept for review: target/rendered/<values>.yaml is what `helm template` would print.
        Path rendered = Path.of("target/rendered", description.replace(' ', '-') + ".yaml");
        Files.createDirectories(rendered.getParent());
        Files.writeString(rendered, yaml);
        Manifests release = Manifests.parse(yaml);

        assertThat(DeploymentRules.probes(release)).as("probes").isEmpty();
        assertThat(DeploymentRules.resources(release)).as("resources").isEmpty();
        assertThat(DeploymentRules.restrictedSecurity(release)).as("security").isEmpty();
        assertThat(DeploymentRules.pinnedImages(release)).as("images").isEmpty();
        assertThat(DeploymentRules.networkPaths(release)).as("network policies").isEmpty();
        assertThat(release.workloads()).as("one Deployment per application").hasSize(Applications.NAMES.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void everyApplicationHasItsServiceConfigMapAutoscalerAndDisruptionBudget(String description, List<Path> valuesFiles) {
        Manifests release = Chart.render(Chart.CHART, valuesFiles, Map.of());

        for (String app : Applications.NAMES) {
            String name = Chart.RELEASE + "-" + app;
            assertThat(release.find("Service", name)).as("Service %s", name).isPresent();
            assertThat(release.find("ConfigMap", name)).as("ConfigMap %s", name).isPresent();
            JsonNode hpa = release.get("HorizontalPodAutoscaler", name);
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            JsonNode pdb = release.get("PodDisruptionBudget", name);
            assertThat(Manifests.labels(pdb.at("/spec/selector/matchLabels")))
                    .containsEntry("app.kubernetes.io/name", app);
        }
    }

    @Test
    void publishesOnlyTheApiThroughTheIngressWithTls() {
        Manifests release = Chart.render(Chart.CHART, Chart.example("production"));
        JsonNode ingress = release.get("Ingress", "wijknetwerk-gateway");

        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo("wijknetwerk.oss.example");
        assertThat(ingress.at("/spec/tls/0/secretName").asText()).isEqualTo("wijknetwerk-oss-tls");
        List<JsonNode> paths = Manifests.list(ingress.at("/spec/rules/0/http/paths"));
        assertThat(paths).filteredOn(p -> p.at("/backend/service/name").asText().equals("wijknetwerk-gateway"))
                .extracting(p -> p.path("path").asText()).containsExactly("/api", "/openapi", "/q/swagger-ui");
        // The web application's pages on the same host (so its login cookie and the API share one origin), never its /q.
        assertThat(paths).filteredOn(p -> p.at("/backend/service/name").asText().equals("wijknetwerk-web"))
                .extracting(p -> p.path("path").asText()).contains("/", "/wards", "/me", "/logout", "/css")
                .noneMatch(path -> path.startsWith("/q") || path.startsWith("/api"));
        assertThat(paths).extracting(p -> p.at("/backend/service/name").asText())
                .containsOnly("wijknetwerk-gateway", "wijknetwerk-web");
        JsonNode keycloak = release.get("Ingress", "wijknetwerk-keycloak");
        assertThat(keycloak.at("/spec/tls/0/hosts/0").asText()).isEqualTo("auth.wijknetwerk.oss.example");
        assertThat(Manifests.list(keycloak.at("/spec/rules/0/http/paths"))).extracting(p -> p.path("path").asText())
                .as("logins and tokens, not the admin console").containsExactly("/realms", "/resources");
        assertThat(release.ofKind("Ingress")).as("only the gateway and Keycloak are published").hasSize(2);
    }

    @Test
    void theGatewayBelievesForwardingHeadersOnlyFromTheProxiesNamed(@TempDir Path dir) throws Exception {
        // TLS ends at the Ingress: listed, its pods' X-Forwarded-Proto/-Host reach the services' Location headers.
        assertThat(Chart.render(Chart.CHART).configMapData("wijknetwerk-gateway")).doesNotContainKey("GATEWAY_TRUSTED_PROXIES");
        Path listed = Files.writeString(dir.resolve("proxies.yaml"), "gateway:\n  trustedProxies: [10.244.0.0/16, \"fd00::/8\"]\n");
        Path named = Files.writeString(dir.resolve("named.yaml"), "gateway:\n  trustedProxies: [ingress-nginx]\n");
        assertThatThrownBy(() -> Chart.render(Chart.CHART, named)).as("an address, not a name: the gateway does not look names up")
                .hasMessageContaining("trustedProxies");
        Manifests release = Chart.render(Chart.CHART, listed);
        assertThat(release.configMapData("wijknetwerk-gateway")).containsEntry("GATEWAY_TRUSTED_PROXIES", "10.244.0.0/16,fd00::/8");
        assertThat(release.configMapData("wijknetwerk-case-service")).doesNotContainKey("GATEWAY_TRUSTED_PROXIES");
    }

    @Test
    void changingOneApplicationsSettingsRollsOnlyThatApplication() {
        Manifests before = Chart.render(Chart.CHART);
        Manifests after = Chart.render(Chart.CHART, List.of(), Map.of("apps.budget-service.env.QUARKUS_LOG_LEVEL", "DEBUG"));

        assertThat(after.configMapData("wijknetwerk-budget-service")).containsEntry("QUARKUS_LOG_LEVEL", "DEBUG");
        for (String app : Applications.NAMES) {
            String checksum = "/spec/template/metadata/annotations/checksum~1config";
            String was = before.get("Deployment", "wijknetwerk-" + app).at(checksum).asText();
            String is = after.get("Deployment", "wijknetwerk-" + app).at(checksum).asText();
            assertThat(was).hasSize(64);
            if (app.equals("budget-service")) {
                assertThat(is).as("%s restarts with its new settings", app).isNotEqualTo(was);
            } else {
                assertThat(is).as("%s keeps running", app).isEqualTo(was);
            }
        }
    }

    @Test
    void onlyTheServicesAndKeycloakReachPostgresql() {
        Manifests release = Chart.render(Chart.CHART, Chart.example("production"));
        JsonNode clients = release.get("NetworkPolicy", "wijknetwerk-postgres").at("/spec/ingress/0");
        List<Map<String, String>> admitted = Manifests.list(clients.path("from")).stream()
                .map(peer -> Manifests.labels(peer.at("/podSelector/matchLabels")))
                .toList();

        assertThat(Manifests.list(clients.path("ports"))).extracting(p -> p.path("port").asInt()).containsExactly(5432);
        for (Manifests.Workload workload : release.workloads()) {
            boolean reaches = admitted.stream().anyMatch(peer -> workload.labels().entrySet().containsAll(peer.entrySet()));
            assertThat(reaches).as("%s reaches PostgreSQL", workload.id())
                    .isEqualTo(!workload.id().endsWith("gateway") && !workload.id().endsWith("-web"));
        }
        assertThat(admitted).contains(Map.of("app", "keycloak", "app.kubernetes.io/instance", "wijknetwerk-keycloak"));
    }

    @Test
    void prometheusScrapesEveryApplicationAndMayReachIt() {
        Manifests release = Chart.render(Chart.CHART, Chart.example("production"));
        JsonNode monitor = release.get("ServiceMonitor", "wijknetwerk");
        Map<String, String> selector = Manifests.labels(monitor.at("/spec/selector/matchLabels"));

        assertThat(monitor.at("/metadata/labels/release").asText()).isEqualTo("prometheus");
        assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo("management");
        for (String app : Applications.NAMES) {
            JsonNode service = release.get("Service", "wijknetwerk-" + app);
            assertThat(Manifests.labels(service.at("/metadata/labels"))).as(app).containsAllEntriesOf(selector);
            assertThat(Manifests.list(service.at("/spec/ports"))).extracting(p -> p.path("name").asText())
                    .containsExactly("http", "management");
            List<JsonNode> ingress = Manifests.list(release.get("NetworkPolicy", "wijknetwerk-" + app).at("/spec/ingress"));
            // Only the monitoring namespace reaches the management port; nothing from there reaches the API's port.
            assertThat(ingress).as("%s admits Prometheus to the management port only", app)
                    .filteredOn(rule -> rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText().equals("monitoring"))
                    .singleElement().satisfies(rule -> assertThat(Manifests.list(rule.path("ports")))
                            .extracting(p -> p.path("port").asText()).containsExactly("management"));
            assertThat(ingress).as("%s: no other rule admits the management port", app)
                    .filteredOn(rule -> !rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText().equals("monitoring"))
                    .allSatisfy(rule -> assertThat(Manifests.list(rule.path("ports"))).extracting(p -> p.path("port").asText())
                            .doesNotContain("management"));
        }
        assertThat(Chart.render(Chart.CHART).find("ServiceMonitor", "wijknetwerk")).as("off by default").isEmpty();
        assertThat(Manifests.list(Chart.render(Chart.CHART).get("Service", "wijknetwerk-case-service").at("/spec/ports")))
                .as("without Prometheus no Service exposes the management port").extracting(p -> p.path("name").asText())
                .containsExactly("http");
    }

    @Test
    void gatewayApiRouteCarriesTheSamePathsAsTheIngress() {
        Manifests release = Chart.render(Chart.CHART, List.of(), Map.of("httpRoute.enabled", "true", "ingress.enabled", "false",
                "httpRoute.parentRefs[0].name", "public", "httpRoute.parentRefs[0].namespace", "gateway-system"));
        JsonNode route = release.get("HTTPRoute", "wijknetwerk-gateway");

        assertThat(release.ofKind("Ingress")).isEmpty();
        assertThat(route.at("/spec/parentRefs/0/name").asText()).isEqualTo("public");
        assertThat(route.at("/spec/hostnames/0").asText()).isEqualTo("wijknetwerk.example.org");
        assertThat(Manifests.list(route.at("/spec/rules/0/matches"))).extracting(m -> m.at("/path/value").asText())
                .containsExactly("/api", "/openapi", "/q/swagger-ui");
        assertThat(route.at("/spec/rules/0/backendRefs/0/name").asText()).isEqualTo("wijknetwerk-gateway");
        assertThat(route.at("/spec/rules/0/backendRefs/0/port").asInt()).isEqualTo(8080);
        // The web application's pages through the same route, as through the Ingress; never its /q or the API.
        assertThat(route.at("/spec/rules/1/backendRefs/0/name").asText()).isEqualTo("wijknetwerk-web");
        assertThat(route.at("/spec/rules/1/backendRefs/0/port").asInt()).isEqualTo(8080);
        assertThat(Manifests.list(route.at("/spec/rules/1/matches"))).extracting(m -> m.at("/path/value").asText())
                .contains("/", "/wards", "/me", "/network", "/logout", "/css").noneMatch(path -> path.startsWith("/q") || path.startsWith("/api"));
    }

    @Test
    void theWebApplicationTalksToTheGatewayAndKeycloakOnlyAndOnlyItAndTheIngressReachTheGateway() {
        Manifests release = Chart.render(Chart.CHART, Chart.example("production"));
        JsonNode web = release.get("NetworkPolicy", "wijknetwerk-web").path("spec");
        List<Map<String, String>> egressTo = Manifests.list(web.path("egress")).stream()
                .flatMap(rule -> Manifests.list(rule.path("to")).stream())
                .map(peer -> Manifests.labels(peer.at("/podSelector/matchLabels")))
                .toList();
        // Pods it may reach (the example's extra egress to its trace collector names no pod).
        assertThat(egressTo).filteredOn(labels -> !labels.isEmpty()).as("DNS, Keycloak, the gateway").containsExactlyInAnyOrder(
                Map.of("k8s-app", "kube-dns"),
                Map.of("app", "keycloak", "app.kubernetes.io/instance", "wijknetwerk-keycloak"),
                Map.of("app.kubernetes.io/instance", "wijknetwerk", "app.kubernetes.io/name", "gateway"));

        JsonNode gateway = release.get("NetworkPolicy", "wijknetwerk-gateway").path("spec");
        assertThat(Manifests.list(gateway.path("ingress")).stream().flatMap(rule -> Manifests.list(rule.path("from")).stream())
                .map(peer -> Manifests.labels(peer.at("/podSelector/matchLabels"))))
                .contains(Map.of("app.kubernetes.io/instance", "wijknetwerk", "app.kubernetes.io/name", "web"));
        // A service still admits the gateway alone: the web application never calls a service directly.
        JsonNode cases = release.get("NetworkPolicy", "wijknetwerk-case-service").path("spec");
        assertThat(Manifests.labels(cases.at("/ingress/0/from/0/podSelector/matchLabels")))
                .containsEntry("app.kubernetes.io/name", "gateway");

        JsonNode pod = release.get("Deployment", "wijknetwerk-web").at("/spec/template/spec");
        assertThat(pod.at("/containers/0/env/0/name").asText()).isEqualTo("WEB_STATE_SECRET");
        assertThat(pod.at("/containers/0/env/0/valueFrom/secretKeyRef/name").asText()).isEqualTo("wijknetwerk-web");
        assertThat(release.configMapData("wijknetwerk-web")).containsEntry("WEB_GATEWAY_URL", "http://wijknetwerk-gateway:8080");
    }
}
