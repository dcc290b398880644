package nl.wijknetwerk.network.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm's users at Keycloak, through its admin API with network-service's own service account (client
 * credentials; the account may view and manage users, nothing else). Only the {@code wards} attribute is changed:
 * the user is read whole and written back whole, as the admin API expects.
 */
@ApplicationScoped
public class IdentityProviderUsers {

    /** What changing an account's wards came to. */
    public enum Outcome {
        CHANGED, ALREADY_SO, NO_SUCH_ACCOUNT
    }

    private final AccountSyncConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private String token;
    private Instant tokenValidUntil = Instant.EPOCH;

    public IdentityProviderUsers(AccountSyncConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /**
     * Rewrites the account's {@code wards} attribute with {@code change}.
     *
     * @throws IOException when the identity provider cannot be reached or refuses (the change is tried again)
     */
    public Outcome changeWards(String username, UnaryOperator<List<String>> change) throws IOException, InterruptedException {
        String admin = adminUrl();
        JsonNode found = send(HttpRequest.newBuilder(URI.create(admin + "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).GET(), 200);
        if (!found.isArray() || found.isEmpty()) {
            return Outcome.NO_SUCH_ACCOUNT;
        }
        ObjectNode user = (ObjectNode) found.get(0);
        List<String> current = new ArrayList<>();
        user.path("attributes").path("wards").forEach(w -> current.add(w.asText()));
        List<String> next = change.apply(current);
        if (next.equals(current)) {
            return Outcome.ALREADY_SO;
        }
        ObjectNode attributes = user.has("attributes") && user.get("attributes").isObject()
                ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        if (next.isEmpty()) {
            attributes.remove("wards");
        } else {
            next.forEach(attributes.putArray("wards")::add);
        }
        send(HttpRequest.newBuilder(URI.create(admin + "/users/" + URLEncoder.encode(user.path("id").asText(), StandardCharsets.UTF_8)))
                .header("content-type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user))), 204);
        return Outcome.CHANGED;
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(config.timeout()).header("authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            tokenValidUntil = Instant.EPOCH; // a token the provider no longer knows (it restarted): fetch a new one next time
        }
        if (response.statusCode() != expected) {
            throw new IOException("identity provider answered " + response.statusCode() + " to " + response.request().method() + " "
                    + response.request().uri().getPath());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token == null || Instant.now().isAfter(tokenValidUntil)) {
            String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(config.clientSecret().orElse(""), StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .timeout(config.timeout()).header("content-type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("identity provider refused client '" + config.clientId() + "' a token: " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asText();
            // renewed well before it expires, so a token never runs out between reading a user and writing it back
            tokenValidUntil = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 30));
        }
        return token;
    }

    private String issuer() {
        String issuer = config.issuer();
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** Keycloak serves a realm's admin API at {@code /admin/realms/{realm}} beside its issuer {@code /realms/{realm}}. */
    String adminUrl() {
        String issuer = issuer();
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("wijknetwerk.accounts.issuer is not a Keycloak realm URL: " + issuer);
        }
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }
}
