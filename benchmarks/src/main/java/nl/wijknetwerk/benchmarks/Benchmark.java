package nl.wijknetwerk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import nl.wijknetwerk.launcher.Application;
import nl.wijknetwerk.launcher.DemoData;
import nl.wijknetwerk.launcher.Http;
import nl.wijknetwerk.launcher.Launcher;
import nl.wijknetwerk.launcher.LocalPlatform;
import nl.wijknetwerk.launcher.Ports;

/**
 * Runs the whole benchmark once and writes its report: starts the platform from empty with production's JVM
 * options (own ports and {@code _bench} databases, so a developer's running platform is left alone), measures
 * the raw PostgreSQL and Kafka baselines, the four scenarios through the gateway, event-to-KPI freshness, the
 * applications' footprint, and KPI queries over generated data of many wards; then stops everything.
 *
 * <p>Settings (system properties): {@code bench.duration} seconds per scenario (20), {@code bench.warmup}
 * seconds of unrecorded load first (15), {@code bench.warmup.rounds} at most this many 10 s rounds of (a) after it,
 * until (a)'s throughput stops climbing (24; 0: none), {@code bench.freshness} seconds of the freshness probe under the write
 * path (60), {@code bench.burst} events published at once for the consumers (5,000), {@code bench.workers} (8), {@code bench.kpi-workers} (2),
 * {@code bench.max-iterations} per scenario (1,000,000), {@code bench.scale.wards} (1000), {@code bench.scale.cases}
 * (1,000,000), {@code bench.scale.events} (10,000,000), {@code bench.jvm} (the JVM options of the applications),
 * {@code bench.jvm.tuning} (added for the tuned start-alone measurement), {@code bench.start-alone} (true),
 * {@code bench.keep-scale-data} (false: the generated database is dropped at the end), {@code bench.report} (where
 * the Markdown report goes), {@code bench.sweep} (worker counts such as {@code 1,2,4,8,16}; none by default) and
 * {@code bench.sweep.duration} (seconds per sweep measurement; {@code bench.duration}).
 */
public final class Benchmark {

    /** One round of the warm-up that runs (a) until its throughput stops climbing. */
    static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);

    /**
     * Production's JVM options as the Helm chart sets them ({@code jvm.options}), plus what the pod's limits
     * (1 CPU, 512 MiB) tell a JVM in a container through its cgroup: on this machine the JVM would otherwise size
     * its heap from all 24 GB and its threads from both cores.
     */
    static final String PRODUCTION_JVM = "-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError "
            + "-XX:MaxRAM=512m -XX:ActiveProcessorCount=1";

    /**
     * Added to production's options for an idle service that stays small: the heap gives memory back soon after a
     * burst (serial GC shrinks it when more than 30 % is free), and metaspace, code cache, direct buffers and
     * thread stacks get bounds near what these applications use.
     */
    static final String IDLE_TUNING = "-Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=128m "
            + "-XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=64m -Xss512k";

    /** The services that consume the case topic. */
    private static final List<Application> CONSUMERS = List.of(Application.MONITORING, Application.NETWORK, Application.BUDGET);

    private static final String SCALE_DATABASE = "monitoring_scale_bench";
    private static final String DB_USER = System.getenv().getOrDefault("WIJKNETWERK_DB_USER", "wijknetwerk");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("WIJKNETWERK_DB_PASSWORD", "wijknetwerk");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        // Ports of their own, so a platform a developer runs on the default ports keeps running beside this one.
        defaultProperty("wijknetwerk.gateway.port", "28080");
        defaultProperty("wijknetwerk.kafka.port", "29092");
        defaultProperty("wijknetwerk.kafka.controller-port", "29093");
        defaultProperty("wijknetwerk.keycloak.port", "28180");
        Path repo = Launcher.repository();
        Ports ports = Ports.defaults();
        Settings settings = Settings.fromSystemProperties(repo);
        Report report = new Report();
        Instant began = Instant.now();
        report.line("# Wijknetwerk benchmark run " + began).line("");
        Machine.describe(report, settings);

        say("starting the platform from empty (" + settings.jvm() + ")");
        LocalPlatform.Options options = new LocalPlatform.Options(true, repo.resolve("benchmarks/target/platform"), "_bench");
        // All load comes from a few demo users: the gateway's per-client budget (600 a minute) would measure the
        // limiter, not the platform, so the benchmark lifts it.
        Map<Application, Map<String, String>> configuration = Map.of(Application.GATEWAY,
                Map.of("gateway.limits.requests-per-window", "1000000000"));
        try (LocalPlatform platform = LocalPlatform.start(repo, ports, options, Arrays.asList(settings.jvm().split("\\s+")),
                configuration)) {
            new Run(repo, ports, platform, settings, report).all();
        }
        if (!Boolean.getBoolean("bench.keep-scale-data")) {
            dropScaleDatabase(ports);
        }
        report.line("").line("Load average at the end (1/5/15 min): " + Machine.loadAverage()
                + "; the run took " + Duration.between(began, Instant.now()).toSeconds() + " s.");
        Files.createDirectories(settings.reportFile().getParent());
        Files.writeString(settings.reportFile(), report.toString());
        System.out.println(report);
        say("report written to " + settings.reportFile());
        System.exit(0);
    }

    /** One run's steps in order, sharing the platform and the report. */
    private record Run(Path repo, Ports ports, LocalPlatform platform, Settings settings, Report report) {

        void all() throws Exception {
            Map<Application, Long> pids = platform.pids();
            Map<Application, Duration> readyAfter = platform.readyAfter();
            say("loading demo data");
            new DemoData(ports).loadIfMissing();
            Http gateway = new Http(ports.gatewayUrl());
            SamenwerkwijzeSteps steps = new SamenwerkwijzeSteps();
            steps.detect(gateway, Http.passwordToken(ports, "anna", "anna-demo"), "ruwaard");
            Thread.sleep(10_000);
            Footprint footprint = new Footprint(pids);
            Map<Application, Long> idle = footprint.nowKb();

            say("baselines");
            String baselineDb = ensureDatabase("benchmark_bench");
            Baselines baselines = new Baselines(baselineDb, DB_USER, DB_PASSWORD, ports.kafkaBootstrap());
            LoadDriver.Run inserts = baselines.jdbcInserts(settings.workers(), settings.duration());
            LoadDriver.Run selects = baselines.jdbcSelects(settings.workers(), settings.duration());
            LoadDriver.Run kafka = baselines.kafkaRoundTrips(settings.workers(), settings.duration());
            report.heading("Baselines: the same PostgreSQL and Kafka broker without the platform");
            report.header(Report.LATENCY_COLUMNS);
            for (LoadDriver.Run b : List.of(inserts, selects, kafka)) {
                report.latencyRow(b.scenario(), b.series().get(b.scenario()), b.perSecond(b.scenario()));
            }
            report.line("").line(settings.workers() + " workers, " + settings.duration().toSeconds() + " s each.");
            // Like for like: the very rows (a) and (b) write and read, with plain JDBC in one transaction each.
            LoadDriver.Run writeRows = baselines.jdbcWritePath(settings.workers(), settings.duration());
            LoadDriver.Run readRows = baselines.jdbcCaseReads(settings.workers(), settings.duration());
            report.line("").line("The rows of (a) and (b), as case-service's migrations define the tables (in the baseline "
                    + "database): opening a case writes the case, an access-log entry and an outbox row (its `seq` from the "
                    + "sequence in the same statement) in one transaction; the intake reads the case and writes the intake "
                    + "version, an access-log entry and an outbox row in another; reading a case reads the case and its "
                    + "latest intake and writes the access-log entry every read of personal data leaves, in one transaction.")
                    .line("");
            report.latencies(writeRows).latencies(readRows);

            Scenarios scenarios = new Scenarios(ports, settings.workers(), settings.duration(), settings.maxIterations(), steps);
            // Never skipped entirely: the read path reads the cases the warm-up takes to an agreed plan.
            Duration warmup = settings.warmup().compareTo(Duration.ofSeconds(3)) < 0 ? Duration.ofSeconds(3) : settings.warmup();
            say("warming up for " + warmup.toSeconds() + " s (not recorded)");
            scenarios.lasting(warmup).samenwerkwijze();
            footprint.samplePeaks();
            List<Double> rounds = warmUntilSteady(scenarios);
            // (a) is measured with the consumers idle, not while they still apply the warm-up's events.
            Duration caughtUp = new ConsumerThroughput(ports).awaitIdle(CONSUMERS, Duration.ofMinutes(10));
            String analysed = analyse();
            say("(a) write path (consumers caught up with the warm-up in " + caughtUp.toSeconds() + " s)");
            LoadDriver.Run write = scenarios.writePath();
            report.heading("(a) Write path: open a case and record its intake");
            report.line("After " + warmup.toSeconds() + " s of warm-up (the Samenwerkwijze, every request of (a) among it)"
                    + warmUpRounds(rounds) + " and once the consumers had applied the warm-up's events (" + caughtUp.toSeconds()
                    + " s). " + analysed).line("");
            report.latencies(write).likeForLike(write, writeRows, Scenarios.OPEN_CASE, Baselines.JDBC_OPEN_CASE,
                    SamenwerkwijzeSteps.INTAKE, Baselines.JDBC_INTAKE, LoadDriver.ITERATION, LoadDriver.ITERATION)
                    .ratios(write, Baselines.JDBC_INSERT, inserts);

            say("(b) read path");
            LoadDriver.Run read = scenarios.readPath();
            report.heading("(b) Read path: a case with its plan");
            report.latencies(read).likeForLike(read, readRows, Scenarios.READ_CASE, Baselines.JDBC_READ_CASE)
                    .ratios(read, Baselines.JDBC_SELECT, selects);

            say("(c) Samenwerkwijze");
            LoadDriver.Run swz = scenarios.samenwerkwijze();
            report.heading("(c) The Samenwerkwijze of one case");
            report.latencies(swz).ratios(swz, Baselines.JDBC_INSERT, inserts);

            say("(d) KPI queries during writes");
            List<LoadDriver.Run> kpisAndWrites = scenarios.kpisDuringWrites(settings.kpiWorkers());
            report.heading("(d) KPI queries while the write path runs");
            report.line("Each KPI worker asks Ruwaard's KPI page, then the KPI catalogue: the same way through the gateway to "
                    + "monitoring-service with the same token, but no ward and no facts, so its latency is what any request "
                    + "there waits under this load.").line("");
            report.latencies(kpisAndWrites.get(0)).ratios(kpisAndWrites.get(0), Baselines.JDBC_SELECT, selects);
            report.line("").line("The write path meanwhile:").line("");
            report.latencies(kpisAndWrites.get(1));

            singleUser(scenarios);
            sweep(baselines, scenarios);
            freshness(kafka, scenarios, write);
            consumers();
            footprint.close();
            footprintReport(footprint.peaksKb(), idle, readyAfter);
            stepsReport(steps);
            scale();
            if (settings.startAlone()) {
                startAlone();
            }
        }

        /**
         * The write path (a) in rounds of {@link #WARM_UP_ROUND} until its throughput stops climbing ({@link JitWarmUp}),
         * at most {@code bench.warmup.rounds} rounds (0: none).
         */
        private List<Double> warmUntilSteady(Scenarios scenarios) {
            List<Double> rounds = new ArrayList<>();
            while (rounds.size() < settings.warmUpRounds() && !JitWarmUp.steady(rounds)) {
                LoadDriver.Run round = scenarios.lasting(WARM_UP_ROUND).writePath();
                rounds.add(round.perSecond(LoadDriver.ITERATION));
                say(String.format(Locale.ROOT, "warm-up round %d of (a): %.1f iterations/s", rounds.size(), rounds.get(rounds.size() - 1)));
            }
            return rounds;
        }

        private static String warmUpRounds(List<Double> rounds) {
            if (rounds.isEmpty()) {
                return "";
            }
            String figures = rounds.stream().map(r -> String.format(Locale.ROOT, "%.1f", r)).collect(java.util.stream.Collectors.joining(", "));
            return ", then (a) in rounds of " + WARM_UP_ROUND.toSeconds() + " s until its throughput stopped climbing ("
                    + (JitWarmUp.steady(rounds) ? JitWarmUp.STEADY_ROUNDS + " rounds within " + JitWarmUp.TOLERANCE_PERCENT
                            + " % of each other and of the " + JitWarmUp.STEADY_ROUNDS + " before"
                            : "not steady after " + rounds.size() + " rounds")
                    + "; iterations/s per round: " + figures + ")";
        }

        /**
         * One user reading cases one after the other, through the gateway and straight at case-service: the latency a
         * professional at the kitchen table sees with nobody else on the platform (nothing else runs meanwhile).
         */
        private void singleUser(Scenarios scenarios) throws Exception {
            new ConsumerThroughput(ports).awaitIdle(CONSUMERS, Duration.ofMinutes(10));
            say("single user: GET /cases/{id} at case-service, then through the gateway");
            LoadDriver.Run atService = scenarios.singleUserRead(false);
            LoadDriver.Run throughGateway = scenarios.singleUserRead(true);
            report.heading("Single user: one case read after the other");
            report.line("One worker, nothing else running, the consumers caught up; the same token, the same cases (those of "
                    + "(c) and the warm-up). At case-service the request goes straight to the service's port; through the "
                    + "gateway it is checked there first and forwarded.").line("");
            report.header("where", "requests", "per s", "p50 ms", "p90 ms", "p99 ms", "max ms");
            for (LoadDriver.Run run : List.of(atService, throughGateway)) {
                Latencies.Series read = run.series().get(Scenarios.READ_CASE);
                report.row(run.scenario(), read.count(), Report.num(run.perSecond(Scenarios.READ_CASE)), Report.ms(read.millis(50)),
                        Report.ms(read.millis(90)), Report.ms(read.millis(99)), Report.ms(read.maxMillis()));
            }
        }

        /**
         * (a) and (b) beside their like-for-like baselines at each worker count of {@code bench.sweep}, to show where
         * throughput stops growing with more workers.
         */
        private void sweep(Baselines baselines, Scenarios scenarios) throws Exception {
            if (settings.sweep().isEmpty()) {
                return;
            }
            report.heading("Worker sweep: (a) and (b) against their like-for-like baselines");
            report.line("Each row " + settings.sweepDuration().toSeconds() + " s per measurement, the consumers caught up "
                    + "before each (a); (a) in iterations/s (open a case and record its intake), its baseline the two "
                    + "JDBC transactions of the same rows; (b) the case read against the JDBC read of the same rows.").line("");
            report.header("workers", "(a) it/s", "JDBC it/s", "(a) ratio", "(a) p50 ms", "JDBC p50 ms", "(b) GET /cases/{id} per s",
                    "JDBC read per s", "(b) ratio", "(b) p50 ms", "JDBC read p50 ms");
            for (int workers : settings.sweep()) {
                say("sweep: " + workers + " worker(s)");
                Scenarios at = scenarios.withWorkers(workers).lasting(settings.sweepDuration());
                LoadDriver.Run writeRows = baselines.jdbcWritePath(workers, settings.sweepDuration());
                LoadDriver.Run readRows = baselines.jdbcCaseReads(workers, settings.sweepDuration());
                new ConsumerThroughput(ports).awaitIdle(CONSUMERS, Duration.ofMinutes(10));
                LoadDriver.Run write = at.writePath();
                LoadDriver.Run read = at.readPath();
                double a = write.perSecond(LoadDriver.ITERATION);
                double aBase = writeRows.perSecond(LoadDriver.ITERATION);
                double b = read.perSecond(Scenarios.READ_CASE);
                double bBase = readRows.perSecond(Baselines.JDBC_READ_CASE);
                report.row(workers, Report.num(a), Report.num(aBase), Report.ratio(a / aBase),
                        Report.ms(write.iterations().millis(50)), Report.ms(writeRows.iterations().millis(50)),
                        Report.num(b), Report.num(bBase), Report.ratio(b / bBase),
                        Report.ms(read.series().get(Scenarios.READ_CASE).millis(50)),
                        Report.ms(readRows.series().get(Baselines.JDBC_READ_CASE).millis(50)));
            }
        }

        /**
         * Event-to-KPI freshness while the write path (a) runs in Ruwaard, first at half the pace (a) reached, then at
         * its full strength: the probe's own cases in Ussen, and monitoring-service's timer over every event it
         * consumed meanwhile.
         */
        private void freshness(LoadDriver.Run kafka, Scenarios scenarios, LoadDriver.Run write) throws Exception {
            report.heading("Event-to-KPI freshness under the write path (a)");
            report.line("While (a) writes in Ruwaard (" + settings.workers() + " workers, " + settings.freshness().toSeconds()
                    + " s per pace), a probe takes one case at a time in ward Ussen, whose indicators nothing else moves, "
                    + "through the start of the Samenwerkwijze and after each write polls Ussen's KPIs through the gateway "
                    + "until the indicator shows it: the case opened (`open-cases`), every fifth wellbeing measurement (the basis of "
                    + "`wellbeing-t0`, which counts whole groups of five cases) and, after an MDO, its Samenwerkplan agreed (the cases counted by "
                    + "`samenwerkwijze-share`). Event time is the `time` of the event on `cases.events`.");
            double fullPace = write.perSecond(LoadDriver.ITERATION);
            Scenarios load = scenarios.lasting(settings.freshness());
            freshnessAt(kafka, load, fullPace / 2, String.format(Locale.ROOT, "at half of (a)'s pace: %.1f iterations/s", fullPace / 2));
            freshnessAt(kafka, load, 0, "at (a)'s full strength: as fast as the answers come");
        }

        private void freshnessAt(LoadDriver.Run kafka, Scenarios load, double pace, String title) throws Exception {
            Duration caughtUp = new ConsumerThroughput(ports).awaitIdle(CONSUMERS, Duration.ofMinutes(10));
            say("consumers caught up with the earlier load in " + caughtUp.toSeconds() + " s");
            say("freshness " + title + ", " + settings.freshness().toSeconds() + " s");
            FreshnessProbe probe = new FreshnessProbe(ports.gatewayUrl(), ports.kafkaBootstrap(), "ussen",
                    "chantal", "pantein", load.token("chantal"), "dirk", "ggz-oost-brabant", load.token("bestuurder"));
            ServiceMetrics metrics = new ServiceMetrics(ports);
            PipelineFreshness.Snapshot before = PipelineFreshness.parse(metrics.scrape(Application.MONITORING));
            CompletableFuture<Map<String, Latencies.Series>> probed = CompletableFuture.supplyAsync(() -> {
                try {
                    return probe.run(settings.freshness());
                } catch (Exception e) {
                    throw new IllegalStateException("freshness probe failed: " + e.getMessage(), e);
                }
            });
            LoadDriver.Run writes = load.writePath(pace);
            Map<String, Latencies.Series> fresh = probed.join();
            Map<String, java.util.TreeMap<Double, Double>> consumed = PipelineFreshness.parse(metrics.scrape(Application.MONITORING))
                    .since(before);

            report.line("").line("### Freshness " + title).line("");
            report.header("event → indicator of Ussen", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
            for (FreshnessProbe.Signal signal : FreshnessProbe.SIGNALS) {
                for (String kind : List.of(signal.eventToKpi(), signal.answerToKpi())) {
                    Latencies.Series s = fresh.get(kind);
                    if (s != null) {
                        report.row("`" + signal.eventType().replace("nl.wijknetwerk.case.", "") + "` → `" + signal.indicator()
                                + "`: " + (kind.equals(signal.eventToKpi()) ? "event time" : "write answered") + " → KPI shows it",
                                s.count(), Report.ms(s.millis(50)), Report.ms(s.millis(95)), Report.ms(s.millis(99)),
                                Report.ms(s.maxMillis()), s.errors());
                    }
                }
            }
            Latencies.Series roundTrip = kafka.series().get(Baselines.KAFKA_ROUND_TRIP);
            report.line("").header("event time → KPI vs. " + Baselines.KAFKA_ROUND_TRIP, "p50 ms", "baseline p50 ms", "p50 ratio",
                    "p99 ms", "baseline p99 ms", "p99 ratio");
            for (FreshnessProbe.Signal signal : FreshnessProbe.SIGNALS) {
                Latencies.Series s = fresh.get(signal.eventToKpi());
                if (s != null && s.count() > 0) {
                    report.row("`" + signal.eventType() + "`", Report.ms(s.millis(50)), Report.ms(roundTrip.millis(50)),
                            Report.times(s.millis(50) / roundTrip.millis(50)), Report.ms(s.millis(99)),
                            Report.ms(roundTrip.millis(99)), Report.times(s.millis(99) / roundTrip.millis(99)));
                }
            }
            report.line("").line("The write path meanwhile:").line("");
            report.latencies(writes);
            report.line("").line("monitoring-service's own timer `wijknetwerk.monitoring.freshness` over every event it "
                    + "consumed in the same time (event time → fact committed, before any KPI is asked; read from its "
                    + "Prometheus histogram, so each figure is the upper bound of its bucket):").line("");
            report.header("event type", "events", "p50 ms ≤", "p99 ms ≤");
            consumed.forEach((type, buckets) -> report.row("`" + type + "`", String.format(Locale.ROOT, "%.0f",
                    buckets.lastEntry().getValue()), Report.ms(PipelineFreshness.quantileMillis(buckets, 0.5)),
                    Report.ms(PipelineFreshness.quantileMillis(buckets, 0.99))));
        }

        /** A burst of events straight onto the case topic, with nothing else running: each consumer's ceiling. */
        private void consumers() throws Exception {
            int events = settings.burst();
            if (events <= 0) {
                return;
            }
            say("consumers: " + events + " case events in one burst");
            ConsumerThroughput consumers = new ConsumerThroughput(ports);
            consumers.awaitIdle(CONSUMERS, Duration.ofMinutes(10));
            analyse();
            ConsumerThroughput.Result result = consumers.burst("ruwaard", events, CONSUMERS, Duration.ofMinutes(10));
            report.heading("Event consumption: how fast each service applies events");
            report.line(String.format(Locale.ROOT, "%,d `%s` events of ward Ruwaard published straight to `cases.events` "
                    + "(acks=all) in %.1f s, the platform otherwise idle; each service's `wijknetwerk.events.consumed` "
                    + "counter watched until it had applied them all (parse and validate against the contract, then per poll "
                    + "one transaction per ward: the poll's idempotency records in one statement, the effects).",
                    result.events(), ConsumerThroughput.CASE_OPENED, result.published().toMillis() / 1000.0)).line("");
            report.header("service", "events applied", "s after the first was published", "events/s");
            for (ConsumerThroughput.Applied a : result.applied()) {
                report.row(a.service().module, a.events() + (a.complete() ? "" : " (timed out)"),
                        String.format(Locale.ROOT, "%.1f", a.took().toMillis() / 1000.0), Report.num(a.perSecond()));
            }
        }

        /**
         * Each application started once more on its own while the platform idles, with production's options and
         * then with the idle tuning on top: start time without four other JVMs starting beside it, and the resident
         * memory of a fresh idle instance.
         */
        private void startAlone() throws InterruptedException {
            report.heading("Start time and idle memory of each application started alone");
            report.line("Started one at a time beside the idle platform (same databases, broker and Keycloak); RSS read "
                    + "15 s after readiness. Production: `" + settings.jvm() + "`; tuned: production + `" + settings.tuning() + "`.")
                    .line("");
            report.header("application", "ready after s (production)", "Quarkus 'started in' s", "idle RSS MB",
                    "ready after s (tuned)", "Quarkus 'started in' s", "idle RSS MB");
            // 28100 and up: clear of the platform's own ports and of every management port (1000 above: 29100 and up,
            // past Kafka's 29092/29093, which the third instance's management port hit when these started at 28090).
            int port = ports.gateway() + 20;
            List<String> production = Arrays.asList(settings.jvm().split("\\s+"));
            List<String> tuned = new java.util.ArrayList<>(production);
            tuned.addAll(Arrays.asList(settings.tuning().split("\\s+")));
            // The tuned instance also tracks its native memory, to show what an idle service's RSS is made of.
            tuned.add("-XX:NativeMemoryTracking=summary");
            Map<Application, Map<String, Long>> breakdown = new java.util.EnumMap<>(Application.class);
            for (Application app : Application.values()) {
                List<Object> cells = new java.util.ArrayList<>(List.of(app.module));
                for (List<String> jvm : List.of(production, tuned)) {
                    say("alone: " + app.module + " with " + (jvm == production ? "production" : "tuned") + " options");
                    LocalPlatform.Extra extra = platform.startExtra(app, app.database().map(db -> db + "_bench").orElse(null),
                            port++, Map.of(), jvm);
                    Thread.sleep(15_000);
                    double started = Footprint.quarkusStartSeconds(extra.log());
                    cells.add(String.format(Locale.ROOT, "%.1f", extra.readyAfter().toMillis() / 1000.0));
                    cells.add(started < 0 ? "–" : String.format(Locale.ROOT, "%.2f", started));
                    cells.add(Report.mb(Footprint.rssKb(extra.pid())));
                    if (jvm == tuned) {
                        breakdown.put(app, Footprint.nativeMemoryKb(extra.pid()));
                    }
                }
                report.row(cells.toArray());
            }
            report.line("").line("What the tuned idle instances' memory is made of (committed MB, JVM native memory tracking; "
                    + "RSS counts only the touched part of it, plus the C heap of native libraries):").line("");
            List<String> columns = new java.util.ArrayList<>(List.of("application"));
            columns.addAll(Footprint.NMT_CATEGORIES);
            columns.addAll(List.of("other", "total"));
            report.header(columns.toArray(String[]::new));
            breakdown.forEach((app, kb) -> {
                List<Object> cells = new java.util.ArrayList<>(List.of(app.module));
                columns.subList(1, columns.size()).forEach(c -> cells.add(Report.mb(kb.getOrDefault(c, -1L))));
                report.row(cells.toArray());
            });
        }

        private void footprintReport(Map<Application, Long> peaks, Map<Application, Long> idle, Map<Application, Duration> readyAfter) {
            report.heading("Footprint: resident memory (VmRSS) and start time");
            report.line("JVM options of every application: `" + settings.jvm() + "`.").line("");
            report.header("application", "ready after s (all five at once)", "Quarkus 'started in' s", "idle RSS MB",
                    "peak RSS MB under load");
            long idleTotal = 0;
            long peakTotal = 0;
            for (Application app : Application.values()) {
                Duration ready = readyAfter.get(app);
                double started = Footprint.quarkusStartSeconds(options().platformDir().resolve("logs/" + app.module + ".log"));
                report.row(app.module, ready == null ? "–" : String.format(Locale.ROOT, "%.1f", ready.toMillis() / 1000.0),
                        started < 0 ? "–" : String.format(Locale.ROOT, "%.2f", started),
                        Report.mb(idle.getOrDefault(app, -1L)), Report.mb(peaks.getOrDefault(app, -1L)));
                idleTotal += Math.max(0, idle.getOrDefault(app, 0L));
                peakTotal += Math.max(0, peaks.getOrDefault(app, 0L));
            }
            report.row("**all five**", "", "", Report.mb(idleTotal), Report.mb(peakTotal));
        }

        private void stepsReport(SamenwerkwijzeSteps steps) {
            report.heading("Samenwerkwijze steps in this build");
            report.header("step", "in the scenarios");
            steps.availability().forEach((step, state) -> report.row("`" + step + "`", state));
        }

        private void scale() throws Exception {
            ScaleData.Size size = settings.scale();
            if (size.cases() == 0) {
                return;
            }
            say("scale: a monitoring-service of its own over " + size.wards() + " wards, " + size.cases() + " cases, "
                    + size.events() + " events");
            int port = ports.gateway() + 9;
            String database = SCALE_DATABASE;
            // Consumer groups of its own, starting at the topics' ends: it must neither take partitions from the
            // platform's monitoring-service nor spend the measurement replaying the run's events.
            Map<String, String> config = new java.util.HashMap<>();
            for (String channel : List.of("network-events", "case-events", "budget-events")) {
                config.put("mp.messaging.incoming." + channel + ".group.id", "monitoring-scale");
                config.put("mp.messaging.incoming." + channel + ".auto.offset.reset", "latest");
            }
            platform.startExtra(Application.MONITORING, database, port, config, Arrays.asList(settings.jvm().split("\\s+")));
            ScaleData.Generated generated = new ScaleData(platform.jdbcUrl(database), DB_USER, DB_PASSWORD).generate(size);
            say("scale: generated in " + generated.took().toSeconds() + " s");
            String coordinator = Http.passwordToken(ports, "coordinator", "coordinator-demo");
            Latencies latencies = new Latencies();
            LoadClient monitoring = new LoadClient("http://localhost:" + port, latencies);
            String ward = ScaleData.wardSlug(size.wards() / 2 + 1);
            // The instance has only just started: the first queries compile the code path, which is not what is measured.
            LoadClient warming = new LoadClient("http://localhost:" + port, new Latencies());
            LoadDriver.run("KPIs at scale, warm-up", 1, Duration.ofSeconds(10), settings.maxIterations(), new Latencies(),
                    (worker, n) -> warming.get("warm-up", "/api/wards/" + ward + "/kpis", coordinator));
            LoadDriver.Run kpis = LoadDriver.run("KPIs at scale", 1, settings.duration(), settings.maxIterations(), latencies,
                    (worker, n) -> monitoring.get("GET /api/wards/" + ward + "/kpis", "/api/wards/" + ward + "/kpis", coordinator));
            report.heading("Scale: KPI queries over many wards");
            report.line(String.format(Locale.ROOT, "%,d wards, %,d case facts (with %,d MDO, %,d agreement and %,d wellbeing "
                    + "facts), %,d processed events, generated with SQL `generate_series` into a monitoring-service database "
                    + "of its own (`%s`) in %d s; database size %,d MB: about %,d cases per ward. After 10 s of unrecorded "
                    + "warm-up, one worker asks one ward's KPIs (every indicator of the five goals for the current year, "
                    + "computed from all of the ward's facts) directly at that monitoring-service (coordinator token).",
                    size.wards(), size.cases(), generated.rows().get("mdo_fact"), generated.rows().get("agreement_fact"),
                    generated.rows().get("wellbeing_fact"), size.events(), database, generated.took().toSeconds(),
                    generated.databaseBytes() / (1024 * 1024), size.cases() / Math.max(1, size.wards()))).line("");
            report.latencies(kpis);
        }

        /**
         * Gathers the planner's statistics of every application database, as PostgreSQL's autovacuum does on its own
         * after a table has grown: with it off (as on the server these runs have used) the planner knows nothing of a
         * table's rows and may pick plans no production database would (e.g. a ward's index for a primary-key lookup).
         * @return a sentence for the report saying what was done
         */
        private String analyse() throws SQLException {
            String autovacuum;
            try (Connection c = DriverManager.getConnection(platform.jdbcUrl("postgres"), DB_USER, DB_PASSWORD);
                    Statement s = c.createStatement(); var rs = s.executeQuery("show autovacuum")) {
                rs.next();
                autovacuum = rs.getString(1);
            }
            for (Application app : Application.values()) {
                if (app.database().isPresent()) {
                    try (Connection c = DriverManager.getConnection(platform.jdbcUrl(app.database().get() + "_bench"), DB_USER, DB_PASSWORD);
                            Statement s = c.createStatement()) {
                        s.execute("analyze");
                    }
                }
            }
            return "Then the applications' databases were analysed, as autovacuum would have done (it is " + autovacuum
                    + " on this server); they are again before the burst of events.";
        }

        private LocalPlatform.Options options() {
            return new LocalPlatform.Options(true, repo.resolve("benchmarks/target/platform"), "_bench");
        }

        private String ensureDatabase(String name) throws SQLException {
            try (Connection c = DriverManager.getConnection(platform.jdbcUrl("postgres"), DB_USER, DB_PASSWORD);
                    Statement s = c.createStatement()) {
                try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + name);
                    }
                }
            }
            return platform.jdbcUrl(name);
        }
    }

    /** The run's settings, from system properties with defaults sized for this two-core machine. */
    record Settings(Duration duration, Duration warmup, int warmUpRounds, Duration freshness, int burst, int workers, int kpiWorkers, long maxIterations,
            ScaleData.Size scale, String jvm, String tuning, boolean startAlone, Path reportFile, List<Integer> sweep,
            Duration sweepDuration) {

        static Settings fromSystemProperties(Path repo) {
            return new Settings(Duration.ofSeconds(Long.getLong("bench.duration", 20)),
                    Duration.ofSeconds(Long.getLong("bench.warmup", 15)),
                    Integer.getInteger("bench.warmup.rounds", 24),
                    Duration.ofSeconds(Long.getLong("bench.freshness", 60)),
                    Integer.getInteger("bench.burst", 5000),
                    Integer.getInteger("bench.workers", 8),
                    Integer.getInteger("bench.kpi-workers", 2),
                    Long.getLong("bench.max-iterations", 1_000_000),
                    new ScaleData.Size(Integer.getInteger("bench.scale.wards", 1000), Long.getLong("bench.scale.cases", 1_000_000),
                            Long.getLong("bench.scale.events", 10_000_000)),
                    System.getProperty("bench.jvm", PRODUCTION_JVM).trim(),
                    System.getProperty("bench.jvm.tuning", IDLE_TUNING).trim(),
                    Boolean.parseBoolean(System.getProperty("bench.start-alone", "true")),
                    Path.of(System.getProperty("bench.report", repo.resolve("benchmarks/target/benchmark-report.md").toString())),
                    Arrays.stream(System.getProperty("bench.sweep", "").split(",")).map(String::trim).filter(w -> !w.isEmpty())
                            .map(Integer::valueOf).toList(),
                    Duration.ofSeconds(Long.getLong("bench.sweep.duration", Long.getLong("bench.duration", 20))));
        }
    }

    /** The generated data takes hundreds of MB to GBs on the shared PostgreSQL server; it is only needed for the run. */
    private static void dropScaleDatabase(Ports ports) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + ports.postgres() + "/postgres",
                DB_USER, DB_PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + SCALE_DATABASE + " with (force)");
        } catch (SQLException e) {
            say("could not drop " + SCALE_DATABASE + ": " + e.getMessage());
        }
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static void say(String message) {
        System.out.println("benchmark: " + message);
    }
}
