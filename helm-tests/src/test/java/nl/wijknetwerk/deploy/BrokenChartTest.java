package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.marcnuri.helm.LintResult;

/**
 * The chart tests catch what they claim to catch: on a copy of the chart broken on purpose, lint or the
 * manifest checks fail, with a message that names what broke.
 */
class BrokenChartTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateThatDoesNotParseFailsLintAndTemplate() throws IOException {
        Path chart = Chart.copyTo(dir.resolve("wijknetwerk"));
        replace(chart.resolve("templates/service.yaml"), "{{- end }}\n{{- end }}", "{{- end }}\n");

        LintResult lint = Chart.lint(chart);

        assertThat(lint.isFailed()).isTrue();
        assertThat(String.join("\n", lint.getMessages())).contains("service.yaml");
        assertThatThrownBy(() -> Chart.render(chart)).hasMessageContaining("service.yaml");
    }

    @Test
    void aMissingReadinessProbeIsReported() throws IOException {
        Path chart = Chart.copyTo(dir.resolve("wijknetwerk"));
        replace(chart.resolve("templates/deployment.yaml"), """
                          readinessProbe:
                            httpGet: { path: /q/health/ready, port: management }
                            {{- toYaml $app.probes.readiness | nindent 12 }}
                """, "");

        assertThat(Chart.lint(chart).isFailed()).as("lint cannot know probes are required").isFalse();
        assertThat(DeploymentRules.probes(Chart.render(chart)))
                .hasSize(Applications.NAMES.size())
                .allMatch(v -> v.endsWith("has no readinessProbe"));
    }

    @Test
    void aLivenessProbeOnTheWrongPathIsReported() throws IOException {
        Path chart = Chart.copyTo(dir.resolve("wijknetwerk"));
        replace(chart.resolve("templates/deployment.yaml"), "path: /q/health/live,", "path: /q/health,");

        assertThat(DeploymentRules.probes(Chart.render(chart)))
                .contains("Deployment/wijknetwerk-gateway container gateway livenessProbe checks /q/health instead of /q/health/live");
    }

    @Test
    void aServiceTheGatewayCannotReachIsReported() throws IOException {
        Path chart = Chart.copyTo(dir.resolve("wijknetwerk"));
        // Drop the gateway's egress to the services: the services admit it, but it can no longer leave.
        replace(chart.resolve("templates/networkpolicy.yaml"), "(ne $other \"gateway\")", "(ne $other \"gateway\") false");

        assertThat(DeploymentRules.networkPaths(Chart.render(chart)))
                .hasSize(4)
                .contains("Service/wijknetwerk-case-service: Deployment/wijknetwerk-gateway may send to it but no egress rule lets it out");
    }

    @Test
    void aServiceWithoutAnIngressRuleIsReported() throws IOException {
        Path chart = Chart.copyTo(dir.resolve("wijknetwerk"));
        replace(chart.resolve("templates/networkpolicy.yaml"), "      ports:\n        - { port: http, protocol: TCP }\n    {{- end }}",
                "      ports:\n        - { port: 9999, protocol: TCP }\n    {{- end }}");

        assertThat(DeploymentRules.networkPaths(Chart.render(chart)))
                .contains("Service/wijknetwerk-budget-service: no NetworkPolicy admits traffic to port 8080");
    }

    @Test
    void aRootContainerAMissingLimitAndALatestTagAreReported() throws IOException {
        Path chart = Chart.copyTo(dir.resolve("wijknetwerk"));
        replace(chart.resolve("templates/_helpers.tpl"), "runAsNonRoot: true\nrunAsUser: 185", "runAsNonRoot: false\nrunAsUser: 0");
        replace(chart.resolve("templates/deployment.yaml"), "            {{- toYaml $app.resources | nindent 12 }}",
                "            requests: { cpu: 100m, memory: 128Mi }");
        replace(chart.resolve("templates/_helpers.tpl"), "{{- $tag := .app.image.tag | default .root.Chart.AppVersion -}}",
                "{{- $tag := \"latest\" -}}");

        Manifests release = Chart.render(chart);

        assertThat(DeploymentRules.restrictedSecurity(release))
                .contains("Deployment/wijknetwerk-case-service container migrate runs as uid 0",
                        "Deployment/wijknetwerk-gateway container gateway may run as root (runAsNonRoot not true)");
        assertThat(DeploymentRules.resources(release)).contains("Deployment/wijknetwerk-gateway container gateway has no limits.cpu");
        assertThat(DeploymentRules.pinnedImages(release))
                .contains("Deployment/wijknetwerk-gateway uses the latest tag: ghcr.io/wijknetwerk/gateway:latest");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s contains the text to break", file.getFileName()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
