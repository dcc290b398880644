package nl.wijknetwerk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./wijknetwerk run} starts the platform with demo data and keeps it running until Ctrl-C;
 * {@code ./wijknetwerk smoke} starts it headless from empty, runs the smoke check and stops.
 */
public final class Launcher {

    private static final String USAGE = """
            usage: ./wijknetwerk run [--fresh]    start the platform with demo data; Ctrl-C stops everything
                   ./wijknetwerk smoke            start from empty, check every service through the gateway, stop
              --fresh   empty the databases and the Kafka log first (demo data is loaded again)
            """;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // The broker is polled while it starts; its clients' connection warnings are expected then.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "run" : arguments.get(0);
        Path repo = repository();
        Ports ports = Ports.defaults();
        int exit = switch (command) {
            case "run" -> run(repo, ports, arguments.contains("--fresh"));
            case "smoke" -> smoke(repo, ports);
            default -> {
                System.err.print(USAGE);
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static int run(Path repo, Ports ports, boolean fresh) {
        CountDownLatch stopped = new CountDownLatch(1);
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(repo, ports, LocalPlatform.Options.of(repo, fresh));
        } catch (RuntimeException e) {
            System.err.println("wijknetwerk: could not start the platform: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("stopping…");
            platform.close();
            say("stopped");
            stopped.countDown();
        }, "stop-platform"));
        try {
            // Before the demo data, so the MDO it plans with BrabantWonen at the table is delivered too.
            DemoWebhookReceiver.start(ports, Http.passwordToken(ports, "coordinator", "coordinator-demo"));
        } catch (RuntimeException e) {
            System.err.println("wijknetwerk: demo webhook receiver not registered: " + e.getMessage());
        }
        try {
            boolean loaded = new DemoData(ports).loadIfMissing();
            if (!loaded) {
                say("demo data already present (use --fresh to start over)");
            }
        } catch (RuntimeException e) {
            System.err.println("wijknetwerk: demo data could not be loaded: " + e.getMessage());
        }
        System.out.print(banner(repo, ports));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int smoke(Path repo, Ports ports) {
        try (LocalPlatform platform = LocalPlatform.start(repo, ports, LocalPlatform.Options.of(repo, true))) {
            DemoWebhookReceiver receiver = DemoWebhookReceiver.start(ports, Http.passwordToken(ports, "coordinator", "coordinator-demo"));
            new DemoData(ports).loadIfMissing();
            List<SmokeCheck.Result> results = new SmokeCheck(ports, receiver).run();
            results.forEach(r -> System.out.printf("  %s  %s — %s%n", r.passed() ? "PASS" : "FAIL", r.check(), r.detail()));
            long failed = results.stream().filter(r -> !r.passed()).count();
            System.out.printf("smoke: %d passed, %d failed%n", results.size() - failed, failed);
            return failed == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println("wijknetwerk: smoke check could not run: " + e.getMessage());
            return 1;
        }
    }

    static String banner(Path repo, Ports ports) {
        StringBuilder b = new StringBuilder("\n");
        b.append("Wijknetwerk runs locally. Ctrl-C stops everything.\n\n");
        b.append("  Open this in your browser:  ").append(ports.webUrl()).append("  (log in as a demo user below)\n\n");
        b.append("  Gateway (API)   ").append(ports.gatewayUrl()).append("/api\n");
        b.append("  Swagger UI      ").append(ports.gatewayUrl()).append("/q/swagger-ui\n");
        b.append("  OpenAPI         ").append(ports.gatewayUrl()).append("/openapi\n");
        b.append("  Keycloak        ").append(ports.keycloakUrl()).append("/admin  (admin / admin)\n");
        b.append("  Logs            .platform/logs/<application>.log, .platform/kafka/kafka.log\n\n");
        b.append("Demo users (realm wijknetwerk):\n");
        for (String line : demoUsers(repo)) {
            b.append("  ").append(line).append('\n');
        }
        b.append("\nA token and a first call:\n");
        b.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=wijknetwerk-cli -d username=anna -d password=anna-demo \\\n");
        b.append("    ").append(ports.issuer()).append("/protocol/openid-connect/token | jq -r .access_token)\n");
        b.append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(ports.gatewayUrl()).append("/api/wards/ruwaard/cases\n\n");
        return b.toString();
    }

    /** One line per person in the realm file: user, password, roles, wards, organisation. */
    static List<String> demoUsers(Path repo) {
        try {
            JsonNode realm = Http.JSON.readTree(Files.readString(repo.resolve("platform/keycloak/realm-wijknetwerk.json")));
            List<String> lines = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                String name = user.path("username").asText();
                if (name.startsWith("service-account-")) {
                    continue;
                }
                lines.add(String.format("%-12s %-18s %-12s wards=%-15s %s", name,
                        user.path("credentials").path(0).path("value").asText(name + "-demo"),
                        join(user.path("realmRoles")), join(user.path("attributes").path("wards")),
                        join(user.path("attributes").path("organisation"))));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(",", values);
    }

    public static Path repository() {
        String configured = System.getProperty("wijknetwerk.repo");
        Path dir = Path.of(configured != null ? configured : ".").toAbsolutePath().normalize();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("platform/keycloak/keycloak.sh")) && Files.isRegularFile(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("run this from the Wijknetwerk repository (no platform/keycloak/keycloak.sh above " + dir + ")");
    }

    static void say(String message) {
        System.out.println("wijknetwerk: " + message);
    }
}
