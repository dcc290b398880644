package nl.wijknetwerk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import nl.wijknetwerk.launcher.Http;

/**
 * The load driver's HTTP client: HTTP/1.1 keep-alive connections to one local base URL, a bearer token per
 * request, and every request timed into the scenario's {@link Latencies} under its kind. A non-2xx answer is an
 * error and fails the iteration.
 */
final class LoadClient {

    static final class Failed extends Exception {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Latencies latencies;

    LoadClient(String baseUrl, Latencies latencies) {
        if (!URI.create(baseUrl).getHost().equals("localhost") && !URI.create(baseUrl).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("the load driver only targets this machine, not " + baseUrl);
        }
        this.baseUrl = baseUrl;
        this.latencies = latencies;
    }

    JsonNode get(String kind, String path, String token) throws Failed, InterruptedException {
        return send(kind, request(path, token).GET().build());
    }

    JsonNode post(String kind, String path, String token, Object body) throws Failed, InterruptedException {
        return send(kind, request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    JsonNode put(String kind, String path, String token, Object body) throws Failed, InterruptedException {
        return send(kind, request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
    }

    private JsonNode send(String kind, HttpRequest request) throws Failed, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            latencies.error(kind);
            throw new Failed(kind + ": " + e);
        }
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            latencies.error(kind);
            throw new Failed(kind + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        latencies.record(kind, elapsed);
        try {
            return response.body().isBlank() ? MissingNode.getInstance() : Http.JSON.readTree(response.body());
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static String json(Object body) {
        try {
            return Http.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
