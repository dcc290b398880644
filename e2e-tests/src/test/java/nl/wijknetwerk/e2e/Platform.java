package nl.wijknetwerk.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.wijknetwerk.testing.AppProcess;
import nl.wijknetwerk.testing.KafkaBroker;
import nl.wijknetwerk.testing.PostgresDatabase;

/**
 * The whole platform for end-to-end tests: the five packaged applications as separate JVMs, on fresh databases
 * of the local PostgreSQL server, a real Kafka broker and the OIDC test server, with the gateway in front.
 */
final class Platform implements AutoCloseable {

    static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** How long an application may take to be ready (longer on a busy machine: {@code -De2e.startup-seconds=600}). */
    static final Duration STARTUP = Duration.ofSeconds(Long.getLong("e2e.startup-seconds", 180));

    final Map<String, AppProcess> apps = new HashMap<>();
    /** JDBC URL of each service's database, for checking what was really written. */
    final Map<String, String> databases = new HashMap<>();
    /** Between case-service and its database: the fault suite takes the database away from it through here. */
    final TcpHop caseDatabase = new TcpHop("127.0.0.1", 5432);
    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    /** Between the platform and the identity provider: the fault suite takes the provider away and brings it back. */
    private TcpHop identityProvider;

    private static Platform shared;

    /** The one platform of this test JVM: booted by the first test class that asks, stopped when the JVM ends. */
    static synchronized Platform shared() {
        if (shared == null) {
            Platform p = new Platform();
            try {
                p.boot();
            } catch (RuntimeException e) {
                p.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(p::close, "platform-stop"));
            shared = p;
        }
        return shared;
    }

    private void boot() {
        Path repo = Path.of(System.getProperty("wijknetwerk.repo", "..")).toAbsolutePath().normalize();
        Path logs = repo.resolve("e2e-tests/target/platform-logs");
        java.net.URI oidcServer = java.net.URI.create(oidc.start().get("keycloak.url"));
        identityProvider = new TcpHop(oidcServer.getHost(), oidcServer.getPort());
        String oidcUrl = "http://localhost:" + identityProvider.port() + oidcServer.getPath() + "/realms/quarkus/";
        String kafka = KafkaBroker.bootstrapServers();

        Map<String, String> common = Map.of(
                "quarkus.oidc.auth-server-url", oidcUrl,
                // The test server's discovery document names its own port for the keys: through the hop instead.
                "quarkus.oidc.jwks-path", oidcUrl + "protocol/openid-connect/certs",
                "quarkus.oidc.connection-delay", "0",
                "kafka.bootstrap.servers", kafka,
                "wijknetwerk.outbox.sweep-interval", "500ms",
                "quarkus.datasource.username", PostgresDatabase.APP_USER,
                "quarkus.datasource.password", PostgresDatabase.APP_PASSWORD);
        Map<String, String> databases = Map.of(
                "network-service", "network_e2e", "case-service", "cases_e2e",
                "budget-service", "budget_e2e", "monitoring-service", "monitoring_e2e");
        Map<String, String> upstreams = new HashMap<>();
        List<CompletableFuture<AppProcess>> starting = new ArrayList<>();
        databases.forEach((module, db) -> {
            Map<String, String> config = new HashMap<>(common);
            String url = PostgresDatabase.fresh(db);
            this.databases.put(module, url);
            config.put("quarkus.datasource.jdbc.url", module.equals("case-service")
                    ? url.replace("127.0.0.1:5432", "127.0.0.1:" + caseDatabase.port()) : url);
            if (module.equals("network-service")) {
                // Partner webhooks to a receiver in the test (plain http to localhost), with short retries.
                config.put("wijknetwerk.webhooks.allow-http-localhost", "true");
                config.put("wijknetwerk.webhooks.dispatch-every", "500ms");
                config.put("wijknetwerk.webhooks.first-retry-after", "1s");
                config.put("wijknetwerk.webhooks.longest-retry-wait", "2s");
                config.put("wijknetwerk.webhooks.max-attempts", "1000");
            }
            AppProcess app = AppProcess.start(repo, module, AppProcess.freePort(), config, logs, JVM);
            apps.put(module, app);
            upstreams.put("gateway.upstream." + switch (module) {
                case "case-service" -> "cases";
                case "network-service" -> "network";
                case "budget-service" -> "budget";
                default -> "monitoring";
            }, app.url());
        });
        Map<String, String> gatewayConfig = new HashMap<>(upstreams);
        gatewayConfig.put("quarkus.oidc.auth-server-url", oidcUrl);
        gatewayConfig.put("quarkus.oidc.jwks-path", common.get("quarkus.oidc.jwks-path"));
        gatewayConfig.put("quarkus.oidc.connection-delay", "0");
        // The fault suite's steady load comes from one professional: the per-client budget must not be what it measures.
        gatewayConfig.put("gateway.limits.requests-per-window", "1000000");
        apps.put("gateway", AppProcess.start(repo, "gateway", AppProcess.freePort(), gatewayConfig, logs, JVM));
        apps.values().forEach(app -> starting.add(CompletableFuture.supplyAsync(() -> app.awaitReady(STARTUP))));
        starting.forEach(CompletableFuture::join);
    }

    String gateway() {
        return apps.get("gateway").url();
    }

    String service(String module) {
        return apps.get(module).url();
    }

    /** Takes the identity provider away, as an outage would: tokens issued before must keep working. */
    void stopIdentityProvider() {
        identityProvider.down();
    }

    /** The identity provider answers again, at the same address. */
    void startIdentityProvider() {
        identityProvider.up();
    }

    @Override
    public void close() {
        apps.values().parallelStream().forEach(AppProcess::close);
        if (identityProvider != null) {
            identityProvider.close();
            oidc.stop();
        }
        caseDatabase.close();
    }
}
