package nl.wijknetwerk.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small JSON-over-HTTP client for talking to the platform as its users do: through the gateway, with a token. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Response(int status, JsonNode body, String raw, String contentType) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** A GET with one more request header (e.g. {@code X-On-Behalf-Of}). */
    public Response get(String path, String token, String header, String value) {
        return send(request(path, token).header(header, value).GET().build());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    Response putCsv(String path, String token, String csv) {
        return send(request(path, token).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    Response postCsv(String path, String token, String csv) {
        return send(request(path, token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    /** An access token from Keycloak with the password grant of the command-line client, as a person gets one. */
    public static String passwordToken(Ports ports, String user, String password) {
        return token(ports.issuer() + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "wijknetwerk-cli", "username", user, "password", password, "scope", "openid"));
    }

    /** An access token from Keycloak with the client-credentials grant, as a partner organisation's system gets one. */
    public static String clientToken(Ports ports, String clientId, String secret) {
        return token(ports.issuer() + "/protocol/openid-connect/token",
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** An access token from a token endpoint for the given form parameters. */
    static String token(String endpoint, Map<String, String> parameters) {
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Response r = send(HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (!r.ok()) {
            throw new IllegalStateException("Keycloak refused a token for " + parameters.getOrDefault("username", parameters.get("client_id")) + ": " + r.status() + " " + r.raw());
        }
        return r.text("access_token");
    }

    static void awaitOk(String url, Duration timeout) {
        awaitOk(url, timeout, () -> {
        });
    }

    /** Polls {@code url} until it answers 200; {@code stillAlive} may throw to give up early. */
    static void awaitOk(String url, Duration timeout, Runnable stillAlive) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            stillAlive.run();
            try {
                if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            ChildProcess.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(url + " did not answer 200 within " + timeout.toSeconds() + " s");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = r.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(r.body());
            } catch (IOException notJson) {
                body = MissingNode.getInstance();
            }
            return new Response(r.statusCode(), body, r.body(), r.headers().firstValue("content-type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
