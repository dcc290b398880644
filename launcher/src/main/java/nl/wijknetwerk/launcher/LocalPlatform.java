package nl.wijknetwerk.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform on one machine: PostgreSQL, a Kafka broker, Keycloak and the five packaged applications,
 * each application a JVM of its own exactly as in production (only the addresses differ). Closing it stops
 * everything it started, in reverse order.
 */
public final class LocalPlatform implements AutoCloseable {

    /** JVM options for the local applications: small heaps, quick start; production's are in the Helm values. */
    /** How long an application may take to become ready; a machine under heavy load may need more (-Dwijknetwerk.ready-timeout=PT10M). */
    static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("wijknetwerk.ready-timeout", "PT4M"));

    static final List<String> APPLICATION_JVM = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=192m");

    /**
     * @param fresh          empty the databases and the Kafka log first
     * @param platformDir    where Kafka's data and the logs live ({@code .platform} by default)
     * @param databaseSuffix appended to each service's database name, so a test run leaves a developer's data alone
     */
    public record Options(boolean fresh, Path platformDir, String databaseSuffix) {

        public static Options of(Path repo, boolean fresh) {
            return new Options(fresh, Path.of(System.getProperty("wijknetwerk.platform.dir", repo.resolve(".platform").toString())),
                    System.getProperty("wijknetwerk.database.suffix", ""));
        }
    }

    final Path repo;
    public final Ports ports;
    private final Path platformDir;
    private final LocalKafka kafka;
    private final LocalKeycloak keycloak;
    private final Map<Application, ChildProcess> applications = Collections.synchronizedMap(new EnumMap<>(Application.class));

    private final String databaseSuffix;
    private final List<ChildProcess> extras = Collections.synchronizedList(new ArrayList<>());
    private final List<String> jvmOptions;
    private final Map<Application, Map<String, String>> configuration = new EnumMap<>(Application.class);
    private final Map<Application, Duration> readyAfter = Collections.synchronizedMap(new EnumMap<>(Application.class));
    private LocalPostgres postgres;

    private LocalPlatform(Path repo, Ports ports, Options options, List<String> jvmOptions) {
        this.repo = repo;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.ports = ports;
        this.platformDir = options.platformDir();
        this.databaseSuffix = options.databaseSuffix();
        this.kafka = new LocalKafka(platformDir, repo.resolve("launcher/target/lib"), ports);
        this.keycloak = new LocalKeycloak(repo, ports);
    }

    static LocalPlatform start(Path repo, Ports ports, Options options) {
        return start(repo, ports, options, APPLICATION_JVM, Map.of());
    }

    /**
     * Starts the platform with the given JVM options for the five applications (e.g. production's, to measure
     * them) and configuration of their own on top (e.g. a benchmark lifting the gateway's per-client budget).
     */
    public static LocalPlatform start(Path repo, Ports ports, Options options, List<String> jvmOptions,
            Map<Application, Map<String, String>> configuration) {
        LocalPlatform platform = new LocalPlatform(repo, ports, options, jvmOptions);
        platform.configuration.putAll(configuration);
        try {
            platform.boot(options);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void boot(Options options) {
        for (Application app : Application.values()) {
            Path jar = runner(app);
            if (!jar.toFile().isFile()) {
                throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
            }
        }
        long started = System.nanoTime();
        postgres = new LocalPostgres(repo, ports.postgres());
        // Keycloak takes longest; it starts while PostgreSQL and Kafka are prepared.
        CompletableFuture<Void> identity = CompletableFuture.runAsync(() -> {
            Launcher.say("starting Keycloak on " + ports.keycloakUrl() + " (realm wijknetwerk)");
            keycloak.start();
        });
        postgres.ensureRunning();
        for (Application app : Application.values()) {
            app.database().ifPresent(db -> postgres.ensureDatabase(db + databaseSuffix, options.fresh()));
        }
        Launcher.say("PostgreSQL ready on port " + ports.postgres() + (options.fresh() ? " (databases emptied)" : ""));
        Launcher.say("starting Kafka on " + ports.kafkaBootstrap());
        kafka.start(options.fresh());
        Launcher.say("Kafka ready");
        identity.join();
        keycloak.allowWebApplication(ports.webUrl());
        Launcher.say("Keycloak ready");

        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (Application app : Application.values()) {
            long launched = System.nanoTime();
            ChildProcess process = ChildProcess.start(app.module, command(app, postgres), repo,
                    platformDir.resolve("logs/" + app.module + ".log"));
            applications.put(app, process);
            String health = "http://localhost:" + app.managementPort(ports) + "/q/health/ready";
            ready.add(CompletableFuture.runAsync(() -> {
                process.awaitHttpOk(health, READY_TIMEOUT);
                readyAfter.put(app, Duration.ofNanos(System.nanoTime() - launched));
            }));
        }
        Launcher.say("starting " + Application.values().length + " applications");
        try {
            ready.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Launcher.say("all applications ready in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
    }

    private Path runner(Application app) {
        return repo.resolve(app.module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private List<String> command(Application app, LocalPostgres postgres) {
        return command(app, app.port(ports), app.database().map(db -> postgres.jdbcUrl(db + databaseSuffix)).orElse(null),
                jvmOptions);
    }

    private List<String> command(Application app, int port, String jdbcUrl, List<String> jvm) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.port", String.valueOf(port));
        config.put("quarkus.management.port", String.valueOf(Application.managementPort(port)));
        config.put("quarkus.oidc.auth-server-url", ports.issuer());
        config.put("kafka.bootstrap.servers", ports.kafkaBootstrap());
        if (jdbcUrl != null) {
            config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        }
        if (app == Application.NETWORK) {
            // The demo's webhook receiver listens on plain http on this machine.
            config.put("wijknetwerk.webhooks.allow-http-localhost", "true");
            config.put("wijknetwerk.webhooks.dispatch-every", "1s");
            // Who joins a ward's network may act in it: network-service passes that on to Keycloak's account.
            config.put("wijknetwerk.accounts.client-secret", "network-service-demo-secret");
            config.put("wijknetwerk.accounts.sync-every", "1s");
        }
        config.putAll(configuration.getOrDefault(app, Map.of()));
        if (app == Application.WEB) {
            config.put("web.gateway-url", ports.gatewayUrl());
        }
        if (app == Application.GATEWAY) {
            for (Application upstream : Application.values()) {
                if (upstream.upstream != null) {
                    config.put("gateway.upstream." + upstream.upstream, "http://localhost:" + upstream.port(ports));
                }
            }
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvm);
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(runner(app).toString());
        return command;
    }

    /** The process id of each running application. */
    public Map<Application, Long> pids() {
        Map<Application, Long> pids = new EnumMap<>(Application.class);
        applications.forEach((app, process) -> pids.put(app, process.pid()));
        return pids;
    }

    /** How long each application took from its launch until its readiness check answered 200. */
    public Map<Application, Duration> readyAfter() {
        return new EnumMap<>(readyAfter);
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** One more instance of an application beside the platform: its process id, log and time to readiness. */
    public record Extra(long pid, Path log, Duration readyAfter) {
    }

    /**
     * Starts one more instance of {@code app} beside the platform, on its own port and (when {@code database} is
     * not null) database, created empty if missing, with the platform's broker and identity provider, the given JVM
     * options and the given configuration on top (e.g. consumer group ids of its own). It is stopped with the
     * platform. Returns once its readiness check answers.
     */
    public Extra startExtra(Application app, String database, int port, Map<String, String> config, List<String> jvm) {
        if (database != null) {
            postgres.ensureDatabase(database, false);
        }
        String name = app.module + "-" + port;
        List<String> command = new ArrayList<>(command(app, port, database == null ? null : postgres.jdbcUrl(database), jvm));
        // System properties before -jar; they override the application's own configuration.
        config.forEach((k, v) -> command.add(command.indexOf("-jar"), "-D" + k + "=" + v));
        long launched = System.nanoTime();
        ChildProcess process = ChildProcess.start(name, command, repo, platformDir.resolve("logs/" + name + ".log"));
        extras.add(process);
        process.awaitHttpOk("http://localhost:" + Application.managementPort(port) + "/q/health/ready", READY_TIMEOUT);
        return new Extra(process.pid(), process.log, Duration.ofNanos(System.nanoTime() - launched));
    }

    Map<Application, Path> logs() {
        Map<Application, Path> logs = new EnumMap<>(Application.class);
        applications.forEach((app, process) -> logs.put(app, process.log));
        return logs;
    }

    /** Keycloak of this platform (to stop it in a test of the outage; a Keycloak that ran before is left alone). */
    LocalKeycloak keycloak() {
        return keycloak;
    }

    @Override
    public void close() {
        List<ChildProcess> running = new ArrayList<>(applications.values());
        running.addAll(extras);
        running.parallelStream().forEach(ChildProcess::close);
        kafka.close();
        keycloak.close();
    }
}
