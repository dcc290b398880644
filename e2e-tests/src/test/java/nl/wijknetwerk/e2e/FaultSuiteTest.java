package nl.wijknetwerk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.smallrye.jwt.build.Jwt;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.AppProcess;
import nl.wijknetwerk.testing.KafkaBroker;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

/**
 * The promise under faults: a write answered 2xx is never lost, and every event reaches every consumer's effect
 * exactly once. Each fault strikes the whole platform while professionals keep opening cases through the gateway;
 * afterwards every acknowledged case is in case-service's database, monitoring-service counts exactly the cases
 * the database holds (nothing lost, nothing counted twice), the outbox is empty, and every failed answer during
 * the fault was a clean problem+json (503 with Retry-After when a service or its database was away).
 *
 * <p>{@code ./mvnw verify} runs its short form; {@code scripts/faults.sh} the long one (lengths in {@code faults.*} system properties), and
 * the figures go to {@code docs/reliability.md}. Each run writes {@code target/faults/report.md}.
 */
// Last of the end-to-end classes: it takes the identity provider away and restarts services and the gateway.
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    static final String WARD = "storingwijk";
    static final int WORKERS = Integer.getInteger("faults.workers", 2);
    /** Writes acknowledged before, during and after each fault. */
    static final int WRITES = Integer.getInteger("faults.writes", 20);
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("faults.outage-seconds", 5));
    static final Duration RECOVERY = Duration.ofSeconds(Long.getLong("faults.recovery-seconds", 180));

    static Platform platform;
    static CaseLedger ledger;
    // Renewed as a real client would: the long form (scripts/faults.sh) outlasts a test token's 10 minutes.
    static final Supplier<String> professional = new RenewingToken(() -> Tokens.professional("dirk", "ggz-oost-brabant", WARD),
            Duration.ofMinutes(5));
    static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void start() {
        platform = Platform.shared();
        ledger = CaseLedger.openWard(platform, WARD, "Storingwijk", professional.get());
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path file = Path.of("target/faults/report.md");
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>(List.of(
                "| fault | writes tried | answered 2xx | lost | counted twice | failed answers (all problem+json) | recovered in |",
                "| --- | ---: | ---: | ---: | ---: | --- | ---: |"));
        lines.addAll(report);
        Files.write(file, lines);
    }

    @Test
    @Order(1)
    void caseServiceKilledWithSigkillMidLoad() {
        AppProcess cases = platform.apps.get("case-service");
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            cases.kill();
            Instant down = Instant.now();
            cases.restart().awaitReady(RECOVERY);
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("case-service killed (SIGKILL) and restarted", load, Duration.between(down, Instant.now()));
        }
    }

    @Test
    @Order(2)
    void kafkaBrokerStoppedUnderLoad() {
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            KafkaBroker.stop();
            Instant down = Instant.now();
            try {
                // Writes need only each service's own database: they go on while the events wait in the outbox.
                load.awaitMoreWrites(WRITES, RECOVERY);
                await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
            } finally {
                KafkaBroker.start();
            }
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("Kafka broker stopped for " + OUTAGE.toSeconds() + " s", load, Duration.between(down, Instant.now()));
        }
    }

    @Test
    @Order(3)
    void caseServiceDatabaseGoneAndBackUnderLoad() throws Exception {
        // What a PostgreSQL restart looks like to case-service, on its own database only: every session is ended by
        // the server (SQLSTATE 57P01, as 'restart -m fast' does), connections are cut and refused for the outage.
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            Instant down = Instant.now();
            terminateSessionsOf("case-service");
            platform.caseDatabase.down();
            try {
                await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
            } finally {
                platform.caseDatabase.up();
            }
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("case-service's database gone for " + OUTAGE.toSeconds() + " s", load, Duration.between(down, Instant.now()));
        }
    }

    @Test
    @Order(4)
    void postgresqlRestartedUnderLoad() throws Exception {
        // Opt-in (scripts/faults.sh sets it): restarting the machine's PostgreSQL server would break whatever else uses it.
        Assumptions.assumeTrue(Boolean.getBoolean("faults.restart-postgres"),
                "PostgreSQL is restarted only with -Dfaults.restart-postgres=true (scripts/faults.sh)");
        List<String> restart = PostgresServer.restartCommand();
        Assumptions.assumeTrue(restart != null, "no pg_ctlcluster to restart the local PostgreSQL server with");
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            Instant down = Instant.now();
            Process p = new ProcessBuilder(restart).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as("%s: %s", restart, output).isZero();
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("PostgreSQL restarted", load, Duration.between(down, Instant.now()));
        }
    }

    @Test
    @Order(5)
    void monitoringServiceKilledMidBatchThenRebuiltFromOffsetZero() {
        AppProcess monitoring = platform.apps.get("monitoring-service");
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            monitoring.kill();
            Instant down = Instant.now();
            load.awaitMoreWrites(WRITES, RECOVERY);
            monitoring.restart().awaitReady(RECOVERY);
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("monitoring-service killed mid-batch and restarted", load, Duration.between(down, Instant.now()));
        }
        Instant started = Instant.now();
        // Through the gateway: the rebuild runs in the background, so its length is no matter for the upstream timeout.
        String location = given().baseUri(platform.gateway()).auth().oauth2(Tokens.coordinator()).post("/api/admin/kpis/rebuild")
                .then().statusCode(202).extract().header("Location");
        // The coordinator follows the Location as given: it names the gateway, not monitoring-service's own address.
        assertThat(location).startsWith(platform.gateway() + "/api/admin/kpis/rebuild/");
        String status = location;
        var rebuilt = await().atMost(RECOVERY).pollInterval(Duration.ofMillis(250)).until(
                () -> given().auth().oauth2(Tokens.coordinator()).get(status)
                        .then().statusCode(200).extract().jsonPath(),
                json -> !"running".equals(json.getString("state")));
        assertThat(rebuilt.getString("state")).as("rebuild %s: %s", status, rebuilt.prettify()).isEqualTo("done");
        assertThat(rebuilt.getLong("events")).as("events applied").isGreaterThanOrEqualTo(ledger.casesInDatabase());
        assertThat(ledger.openCasesCounted()).as("rebuilt from offset zero").isEqualTo(ledger.casesInDatabase());
        report.add("| monitoring rebuilt from offset zero | – | – | 0 | 0 | – | " + seconds(Duration.between(started, Instant.now())) + " |");
    }

    @Test
    @Order(6)
    void aPoisonEventGoesToTheDeadLetterTopicAndConsumersGoOn() {
        String marker = UUID.randomUUID().toString();
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            TopicProbe.send(KafkaBroker.bootstrapServers(), Topics.CASES, marker, "{\"id\": \"" + marker + "\", \"not\": \"an event\"}");
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("poison event on cases.events", load, Duration.ZERO);
        }
        for (String dlq : List.of("monitoring-service.dlq", "network-service.dlq", "budget-service.dlq")) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TopicProbe.readAll(KafkaBroker.bootstrapServers(), dlq))
                    .as(dlq).anySatisfy(m -> assertThat(m.toString()).contains(marker)));
        }
    }

    @Test
    @Order(7)
    void consumerOffsetsResetRedeliverEverythingAndNothingIsCountedTwice() {
        AppProcess monitoring = platform.apps.get("monitoring-service");
        monitoring.kill();
        Instant down = Instant.now();
        // New consumer groups start from the beginning of every topic: each event arrives a second time.
        String group = "monitoring-service-reset-" + UUID.randomUUID();
        monitoring.restart(Map.of(
                "mp.messaging.incoming.case-events.group.id", group,
                "mp.messaging.incoming.network-events.group.id", group,
                "mp.messaging.incoming.budget-events.group.id", group)).awaitReady(RECOVERY);
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("consumer offsets reset (everything redelivered)", load, Duration.between(down, Instant.now()));
        }
    }

    @Test
    @Order(8)
    void tokensAlreadyIssuedKeepWorkingWhileTheIdentityProviderIsAway() throws Exception {
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            platform.stopIdentityProvider();
            Instant down = Instant.now();
            // The gateway and the services verify with the keys they cached; no request needs the provider.
            load.awaitMoreWrites(WRITES, RECOVERY);
            assertThat(load.failures()).as("no request failed for lack of the identity provider").isEmpty();
            // A new login while the provider is away: its token is signed with a key the platform has not cached
            // (here: an unknown key id) and cannot fetch now. The answer is a prompt, clean 401, not a hang or a 500.
            String newLogin = Jwt.preferredUserName("dirk").subject("dirk").groups(Set.of("professional"))
                    .claim("wards", List.of(WARD)).claim("organisation", "ggz-oost-brabant")
                    .issuer(Tokens.ISSUER).audience(Tokens.ISSUER).expiresIn(Duration.ofMinutes(10))
                    .jws().keyId("issued-after-the-outage-began").sign(newSigningKey());
            Instant asked = Instant.now();
            given().baseUri(platform.gateway()).auth().oauth2(newLogin).get("/api/wards/" + WARD + "/cases")
                    .then().statusCode(401).contentType("application/problem+json");
            assertThat(Duration.between(asked, Instant.now())).as("a refused new login is answered promptly").isLessThan(Duration.ofSeconds(10));
            verify("identity provider stopped (issued tokens)", load, Duration.between(down, Instant.now()));
        }
    }

    @Test
    @Order(9)
    void aServiceStartedWhileTheIdentityProviderIsAwayAnswers503UntilItIsBack() {
        platform.stopIdentityProvider();
        AppProcess cases = platform.apps.get("case-service");
        AppProcess gateway = platform.apps.get("gateway");
        // Started without the provider: neither can fetch its keys, so neither can verify a token.
        List.of(cases, gateway).parallelStream().forEach(app -> {
            app.kill();
            app.restart().awaitStarted(RECOVERY);
        });
        String casesPath = "/api/wards/" + WARD + "/cases";
        for (String url : List.of(platform.gateway(), platform.service("case-service"))) {
            given().baseUri(url).auth().oauth2(professional.get()).get(casesPath)
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", org.hamcrest.Matchers.endsWith("/identity-provider-unavailable"));
        }
        for (AppProcess app : List.of(cases, gateway)) {
            given().baseUri(app.managementUrl()).get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'identity-provider' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
        }

        platform.startIdentityProvider();
        Instant back = Instant.now();
        // No restart: both ask the provider again by themselves, and the same request is served.
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(250)).until(
                () -> given().baseUri(platform.gateway()).auth().oauth2(professional.get()).get(casesPath).statusCode() == 200);
        Duration recovered = Duration.between(back, Instant.now());
        cases.awaitReady(RECOVERY);
        gateway.awaitReady(RECOVERY);
        try (WriteLoad load = load()) {
            load.awaitMoreWrites(WRITES, RECOVERY);
            verify("case-service and gateway started while the identity provider was away", load, recovered);
        }
    }

    private static WriteLoad load() {
        return WriteLoad.start(platform.gateway(), professional, WARD, OnboardingFlowTest.CASE, WORKERS);
    }

    /** Nothing lost, nothing counted twice, every failure a clean problem: the figures go into the report. */
    private static void verify(String fault, WriteLoad load, Duration recovered) {
        CaseLedger.Settled settled = ledger.settle(load, RECOVERY);
        report.add("| %s | %d | %d | %d | %d | %s %s | %s |".formatted(fault, settled.attempts(), settled.acknowledged().size(),
                settled.lost().size(), settled.countedTwice(), settled.failureSummary(),
                settled.failures().isEmpty() ? "" : settled.failuresClean() ? "(yes)" : "(NO)", seconds(recovered)));

        assertThat(settled.lost()).as("%s: acknowledged writes lost", fault).isEmpty();
        assertThat(settled.countedTwice()).as("%s: cases counted twice", fault).isZero();
        assertThat(settled.failures()).as("%s: every failed answer is problem+json (503 with Retry-After)", fault)
                .allMatch(WriteLoad.Failure::cleanProblem);
    }

    private static String seconds(Duration d) {
        return "%.1f s".formatted(d.toMillis() / 1000.0);
    }

    /** A key the identity provider started signing with after the platform last fetched its keys. */
    private static java.security.PrivateKey newSigningKey() throws java.security.NoSuchAlgorithmException {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    /** Ends every session of that service's database from the server side, as a fast shutdown does. */
    private static void terminateSessionsOf(String module) throws SQLException {
        String url = platform.databases.get(module);
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = ledger.caseDatabase(); PreparedStatement s = c.prepareStatement(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            s.setString(1, database);
            s.executeQuery().close();
        }
    }

    /** The local PostgreSQL server as Debian runs it (pg_ctlcluster), restarted the way an operator would. */
    static final class PostgresServer {

        static List<String> restartCommand() throws IOException, InterruptedException {
            if (!Files.isExecutable(Path.of("/usr/bin/pg_lsclusters"))) {
                return null;
            }
            Process p = new ProcessBuilder("pg_lsclusters", "--no-header").start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            for (String line : out.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[2].equals("5432") && f[3].startsWith("online")) {
                    return List.of("pg_ctlcluster", f[0], f[1], "restart", "-m", "fast");
                }
            }
            return null;
        }
    }
}
