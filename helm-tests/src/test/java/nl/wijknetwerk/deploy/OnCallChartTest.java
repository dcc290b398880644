package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What on-call gets from the chart in production: alerts and a dashboard on the figures the applications really
 * publish (names read from the sources, so renaming a meter without the chart fails here), and scheduled backups.
 */
class OnCallChartTest {

    private static final Pattern METER = Pattern.compile("\"(wijknetwerk\\.[a-z.]+)\"");

    private final Manifests production = Chart.render(Chart.CHART, Chart.example("production"));

    @Test
    void alertsOnOutboxAgeRelayFailuresConsumerLagDeadLettersAndErrors() throws IOException {
        JsonNode rule = production.get("PrometheusRule", "wijknetwerk");
        assertThat(rule.at("/metadata/labels/release").asText()).isEqualTo("prometheus");
        List<JsonNode> alerts = rule.at("/spec/groups").findValues("rules").stream()
                .flatMap(rules -> Manifests.list(rules).stream()).toList();

        assertThat(alerts).extracting(a -> a.path("alert").asText()).contains("WijknetwerkOutboxNotDelivering",
                "WijknetwerkOutboxRelayFailing", "WijknetwerkConsumerLagGrowing", "WijknetwerkDeadLetters", "WijknetwerkServerErrors");
        for (JsonNode alert : alerts) {
            assertThat(alert.at("/labels/severity").asText()).as(alert.path("alert").asText()).isIn("warning", "critical");
            assertThat(alert.at("/annotations/summary").asText()).as(alert.path("alert").asText()).contains("{{ $labels.");
            assertThat(alert.path("expr").asText()).contains("namespace=\"wijknetwerk\"");
        }
        Set<String> published = publishedMeters();
        assertThat(alerts).extracting(a -> a.path("expr").asText()).allSatisfy(expr -> assertPublished(expr, published));
        assertThat(Chart.render(Chart.CHART).ofKind("PrometheusRule")).as("off by default").isEmpty();
    }

    @Test
    void shipsTheGrafanaDashboardForTheSidecar() throws IOException {
        JsonNode configMap = production.get("ConfigMap", "wijknetwerk-dashboard");
        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard = new ObjectMapper().readTree(configMap.at("/data/wijknetwerk.json").asText());

        assertThat(dashboard.path("uid").asText()).isEqualTo("wijknetwerk-platform");
        List<String> titles = Manifests.list(dashboard.path("panels")).stream().map(p -> p.path("title").asText()).toList();
        assertThat(titles).contains("Requests per second", "Server errors (5xx share)", "Latency (mean and max)",
                "Consumer lag (events behind)", "Outbox: oldest undelivered event", "Dead letters");
        Set<String> published = publishedMeters();
        dashboard.findValues("expr").forEach(expr -> assertPublished(expr.asText(), published));
    }

    @Test
    void backsUpPostgresqlOnASchedule() {
        JsonNode cluster = production.get("Cluster", "wijknetwerk-postgres");
        assertThat(cluster.at("/spec/plugins/0/name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(cluster.at("/spec/plugins/0/isWALArchiver").asBoolean()).isTrue();
        JsonNode store = production.get("ObjectStore", "wijknetwerk-postgres-backup");
        assertThat(store.at("/spec/configuration/destinationPath").asText()).isEqualTo("s3://oss-backups/wijknetwerk");
        assertThat(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText()).isEqualTo("wijknetwerk-backup-s3");
        JsonNode schedule = production.get("ScheduledBackup", "wijknetwerk-postgres-daily");
        assertThat(schedule.at("/spec/cluster/name").asText()).isEqualTo("wijknetwerk-postgres");
        assertThat(schedule.at("/spec/schedule").asText().split(" ")).hasSize(6);
        assertThat(Chart.render(Chart.CHART).ofKind("ScheduledBackup")).as("off by default").isEmpty();
    }

    /** A wijknetwerk_* series in an expression must be a meter some application registers. */
    private static void assertPublished(String expr, Set<String> published) {
        Matcher series = Pattern.compile("wijknetwerk_[a-z_]+").matcher(expr);
        while (series.find()) {
            String name = series.group();
            assertThat(published).as("%s in %s", name, expr)
                    .anyMatch(meter -> name.equals(meter) || name.equals(meter + "_total") || name.equals(meter + "_seconds"));
        }
    }

    /** Meter names in the applications' sources, in Prometheus form (dots become underscores). */
    private static Set<String> publishedMeters() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String module : List.of("shared", "case-service", "network-service", "budget-service", "monitoring-service", "gateway")) {
            try (var files = Files.walk(Chart.REPOSITORY.resolve(module).resolve("src/main/java"))) {
                for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = METER.matcher(Files.readString(file));
                    while (m.find()) {
                        names.add(m.group(1).replace('.', '_'));
                    }
                }
            }
        }
        return names;
    }
}
