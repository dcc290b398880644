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

    @Override
    public void close() {
        if (startedHere) {
            ChildProcess.exitsZero(script("stop"), repo);
        }
    }
}
