package nl.wijknetwerk.web.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.vertx.core.http.HttpServerRequest;
import nl.wijknetwerk.web.i18n.PageLanguage;

/**
 * The web application's only way to data: the gateway, called with the signed-in person's own access token. What a
 * page may show or change is exactly what the API lets that token do; there is no second set of rules here.
 * Answers come back as plain maps and lists, which the templates read by their API field names.
 */
@RequestScoped
public class Gateway {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };

    private final WebConfig config;
    private final AccessTokenCredential token;
    private final ObjectMapper json;
    private final Locale language;

    @Inject
    public Gateway(WebConfig config, AccessTokenCredential token, ObjectMapper json, HttpServerRequest request) {
        this(config, token, json, PageLanguage.of(request));
    }

    /** @param language the page's language, which the API is asked to answer in */
    public Gateway(WebConfig config, AccessTokenCredential token, ObjectMapper json, Locale language) {
        this.config = config;
        this.token = token;
        this.json = json;
        this.language = language;
    }

    public Object get(String path) {
        return send(request(path).GET().build());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getObject(String path) {
        return (Map<String, Object>) get(path);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getList(String path) {
        return (List<Map<String, Object>>) get(path);
    }

    /** A GET whose 404 means "not there yet" (an intake not recorded, a plan not agreed): null instead of a problem. */
    public Map<String, Object> getOptional(String path) {
        try {
            return getObject(path);
        } catch (ApiProblem p) {
            if (p.status == 404) {
                return null;
            }
            throw p;
        }
    }

    /**
     * The raw bytes of a download (e.g. the evaluation report), with its content type and file name, written in the
     * page's language: the API is asked for it by {@code Accept-Language}.
     */
    public Download download(String path, String accept, Locale language) {
        HttpRequest request = request(path).setHeader("Accept", accept).setHeader("Accept-Language", language.toLanguageTag()).GET().build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                throw problem(response.statusCode(), new String(response.body()));
            }
            return new Download(response.headers().firstValue("Content-Type").orElse(accept), response.body(),
                    response.headers().firstValue("Content-Disposition").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code disposition}: the API's Content-Disposition (inline or attachment, and the file name), null when it sends none. */
    public record Download(String contentType, byte[] body, String disposition) {
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> post(String path, Object body) {
        return (Map<String, Object>) send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> put(String path, Object body) {
        return (Map<String, Object>) send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    /** A POST of text as it is (a CSV upload), with its media type. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> postText(String path, String mediaType, String text) {
        return (Map<String, Object>) send(request(path).header("Content-Type", mediaType + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, java.nio.charset.StandardCharsets.UTF_8)).build());
    }

    /** A PUT of text as it is (a CSV upload), with its media type. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> putText(String path, String mediaType, String text) {
        return (Map<String, Object>) send(request(path).header("Content-Type", mediaType + "; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, java.nio.charset.StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.getToken()).header("Accept", "application/json")
                // Objections (problem+json) come back in the page's language, so they read well under a field.
                .header("Accept-Language", language.toLanguageTag());
    }

    private Object send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw problem(response.statusCode(), response.body());
            }
            String body = response.body();
            return body == null || body.isBlank() ? Map.of() : json.readValue(body, ANY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ApiProblem problem(int status, String body) {
        String title = "HTTP " + status;
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode problem = body == null || body.isBlank() ? null : json.readTree(body);
            if (problem != null && problem.isObject()) {
                title = problem.path("title").asText(title);
                detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
                for (JsonNode error : problem.path("errors")) {
                    fields.put(error.path("field").asText(), error.path("message").asText());
                }
            }
        } catch (IOException notJson) {
            detail = body.length() > 300 ? body.substring(0, 300) : body;
        }
        return new ApiProblem(status, title, detail, fields);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
