package nl.wijknetwerk.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Keycloak from its Maven Central distribution with the wijknetwerk realm imported, managed by
 * {@code platform/keycloak/keycloak.sh} (which downloads and unpacks it once). A Keycloak that already ran
 * before the launcher is left running afterwards.
 */
final class LocalKeycloak implements AutoCloseable {

    private final Path repo;
    private final Ports ports;
    private boolean startedHere;

    LocalKeycloak(Path repo, Ports ports) {
        this.repo = repo;
        this.ports = ports;
    }

    void start() {
        boolean running = ChildProcess.exitsZero(script("status"), repo);
        if (running) {
            Launcher.say("Keycloak already runs on " + ports.keycloakUrl() + "; using it");
            Http.awaitOk(ports.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(4));
            return;
        }
        ChildProcess.run("keycloak", script("start"), repo, repo.resolve(".platform/logs/keycloak-start.log"),
                Duration.ofMinutes(10));
        startedHere = true;
    }

    private List<String> script(String command) {
        return List.of("env", "KEYCLOAK_PORT=" + ports.keycloak(), "bash", "platform/keycloak/keycloak.sh", command);
    }

    /**
     * Lets the realm's browser client {@code wijknetwerk-web} return to the web application at {@code webUrl}
     * after login and logout. The realm file names the default address; a platform on other ports registers its
     * own here, through the admin API of the local (demo-only) admin account.
     */
    void allowWebApplication(String webUrl) {
        String admin = adminToken();
        Http api = new Http(ports.keycloakUrl());
        Http.Response found = api.get("/admin/realms/wijknetwerk/clients?clientId=wijknetwerk-web", admin);
        if (!found.ok() || found.body().size() != 1) {
            throw new IllegalStateException("Keycloak has no client wijknetwerk-web: " + found.status() + " " + found.raw());
        }
        com.fasterxml.jackson.databind.node.ObjectNode client = (com.fasterxml.jackson.databind.node.ObjectNode) found.body().get(0);
        String pattern = webUrl + "/*";
        boolean known = false;
        for (com.fasterxml.jackson.databind.JsonNode uri : client.path("redirectUris")) {
            known |= pattern.equals(uri.asText());
        }
        if (known) {
            return;
        }
        client.withArray("redirectUris").add(pattern);
        client.withArray("webOrigins").add(webUrl);
        com.fasterxml.jackson.databind.node.ObjectNode attributes = client.path("attributes") instanceof com.fasterxml.jackson.databind.node.ObjectNode a
                ? a : client.putObject("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        attributes.put("post.logout.redirect.uris", logout.isEmpty() ? pattern : logout + "##" + pattern);
        Http.Response updated = api.put("/admin/realms/wijknetwerk/clients/" + client.path("id").asText(), admin, client);
        if (!updated.ok()) {
            throw new IllegalStateException("could not register " + webUrl + " with Keycloak: " + updated.status() + " " + updated.raw());
        }
    }

    /** The wards an account may act in: its user attribute {@code wards}, which the token carries as its claim. */
    List<String> wardsOf(String username) {
        com.fasterxml.jackson.databind.JsonNode user = user(username, adminToken());
        List<String> wards = new java.util.ArrayList<>();
        user.path("attributes").path("wards").forEach(w -> wards.add(w.asText()));
        return wards;
    }

    private com.fasterxml.jackson.databind.JsonNode user(String username, String admin) {
        Http api = new Http(ports.keycloakUrl());
        Http.Response found = api.get("/admin/realms/wijknetwerk/users?exact=true&username=" + username, admin);
        if (!found.ok() || found.body().size() != 1) {
            throw new IllegalStateException("Keycloak has no user " + username + ": " + found.status() + " " + found.raw());
        }
        Http.Response user = api.get("/admin/realms/wijknetwerk/users/" + found.body().get(0).path("id").asText(), admin);
        if (!user.ok()) {
            throw new IllegalStateException("could not read the user " + username + ": " + user.status() + " " + user.raw());
        }
        return user.body();
    }

    private String adminToken() {
        return Http.token(ports.keycloakUrl() + "/realms/master/protocol/openid-connect/token", java.util.Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin")));
    }

    /** Whether this launcher started Keycloak (and so may stop it); one that ran before is someone else's. */
    boolean startedHere() {
        return startedHere;
    }

    /** Stops a Keycloak this launcher started, as an outage would (the realm stays for the next start). */
    void stop() {
        if (!startedHere) {
            throw new IllegalStateException("Keycloak ran before the launcher; it is not this launcher's to stop");
        }
        ChildProcess.exitsZero(script("stop"), repo);
    }

    @Override
    public void close() {
        if (startedHere) {
            ChildProcess.exitsZero(script("stop"), repo);
        }
    }
}
