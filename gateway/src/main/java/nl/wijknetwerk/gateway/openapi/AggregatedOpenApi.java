package nl.wijknetwerk.gateway.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.gateway.GatewayConfig;

/**
 * {@code GET /openapi}: the services' OpenAPI documents merged into one, which Swagger UI at {@code /q/swagger-ui}
 * shows. Fetched from the services when asked and kept for a short while; a service that is down is left out and
 * named in the description rather than failing the whole document.
 */
@ApplicationScoped
public class AggregatedOpenApi {

    private static final Logger LOG = Logger.getLogger(AggregatedOpenApi.class);
    private static final Duration KEEP = Duration.ofSeconds(30);

    private record Cached(String body, long fetchedAt, boolean complete) {
    }

    private final Map<String, String> upstreams;
    private final OpenApiMerger merger;
    private final ObjectMapper json;
    private final String version;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Cached cached;

    public AggregatedOpenApi(GatewayConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "0.1.0") String version) {
        this.upstreams = new TreeMap<>(config.upstream());
        this.json = json;
        this.merger = new OpenApiMerger(json, config.limits().maxPageSize());
        this.version = version;
    }

    void register(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        Cached current = cached;
        if (current != null && current.complete() && System.currentTimeMillis() - current.fetchedAt() < KEEP.toMillis()) {
            send(ctx, current.body());
            return;
        }
        document().whenComplete((body, failure) -> {
            if (failure != null) {
                LOG.warn("Could not build the aggregated OpenAPI document", failure);
                ctx.fail(500, failure);
            } else {
                send(ctx, body);
            }
        });
    }

    CompletableFuture<String> document() {
        Map<String, CompletableFuture<JsonNode>> fetches = new LinkedHashMap<>();
        upstreams.forEach((service, url) -> fetches.put(service, fetch(service, url)));
        return CompletableFuture.allOf(fetches.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            fetches.forEach((service, fetch) -> {
                JsonNode document = fetch.join();
                if (document == null) {
                    unavailable.add(service);
                } else {
                    documents.put(service, document);
                }
            });
            try {
                String body = json.writeValueAsString(merger.merge(documents, unavailable, version));
                cached = new Cached(body, System.currentTimeMillis(), unavailable.isEmpty());
                return body;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private CompletableFuture<JsonNode> fetch(String service, String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                LOG.warnf("OpenAPI of %s answered %d", service, response.statusCode());
                return (JsonNode) null;
            }
            try {
                return json.readTree(response.body());
            } catch (Exception e) {
                LOG.warnf("OpenAPI of %s is not JSON: %s", service, e.getMessage());
                return null;
            }
        }).exceptionally(failure -> {
            LOG.warnf("OpenAPI of %s not reachable: %s", service, failure.getMessage());
            return null;
        });
    }

    private static void send(RoutingContext ctx, String body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body);
    }
}
