package nl.wijknetwerk.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import nl.wijknetwerk.launcher.Application;
import nl.wijknetwerk.launcher.Ports;

/**
 * A service's Prometheus exposition at {@code /q/metrics} on its management port, as the harness reads it between
 * and during phases.
 * Rendering it costs the service CPU, so callers read it seldom (a few times a second at most).
 */
final class ServiceMetrics {

    private final HttpClient client = HttpClient.newHttpClient();
    private final Ports ports;

    ServiceMetrics(Ports ports) {
        this.ports = ports;
    }

    String scrape(Application app) throws Exception {
        URI uri = URI.create("http://localhost:" + app.managementPort(ports) + "/q/metrics");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }
}
