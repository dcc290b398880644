package nl.wijknetwerk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.AppProcess;
import nl.wijknetwerk.testing.Tokens;

/**
 * The promise over time: at half the capacity it was measured to have, the platform takes a steady stream of writes
 * through the gateway for {@code soak.minutes} without an error, without a lag that grows and with flat memory.
 *
 * <p>Capacity: four writers open cases flat out (each sends its next write when the last is answered) for 5 s
 * unrecorded, then 20 s counted; the writes answered 2xx per second in those 20 s are the capacity, half of it the
 * soak's rate ({@code -Dsoak.rate=R} gives the rate instead and skips the measurement). The soak writes at that fixed
 * rate, open loop, and every 30 s samples the answers (2xx, not, latency p50/p99 of the interval), the lag of every
 * consumer group on {@code cases.events}, the age of the oldest unsent row in case-service's outbox and the resident
 * memory of each application. At the end the writers stop, the outbox drains and every lag goes to 0, and the
 * fault suite's checks apply: nothing lost, nothing counted twice. The criteria are in docs/reliability.md ("Soak").
 *
 * <p>Skipped unless {@code -Dsoak.minutes=N} is given; {@code scripts/soak.sh} runs it (30 minutes by default).
 * Each run writes {@code target/soak/report.md}, also when it fails.
 */
// Before the partner test and the fault suite: both restart services (the fault suite moves monitoring to new groups).
@Order(3)
@EnabledIfSystemProperty(named = "soak.minutes", matches = "[1-9][0-9]*",
        disabledReason = "the soak runs only with -Dsoak.minutes=N (scripts/soak.sh)")
class SoakTest {

    static final String WARD = "soakwijk";
    static final Duration LENGTH = Duration.ofMinutes(Long.getLong("soak.minutes", 0));
    static final Duration SAMPLE = Duration.ofSeconds(Long.getLong("soak.sample-seconds", 30));
    static final int CAPACITY_WRITERS = Integer.getInteger("soak.capacity-writers", 4);
    static final Duration CAPACITY_WARMUP = Duration.ofSeconds(5);
    static final Duration CAPACITY_WINDOW = Duration.ofSeconds(Long.getLong("soak.capacity-seconds", 20));
    /** How long the outbox and the consumers may take to catch up once the writers stop. */
    static final Duration DRAIN = Duration.ofSeconds(Long.getLong("soak.drain-seconds", 180));
    /** An application's RSS in the last third may be at most this much above its highest in the first third. */
    static final double MEMORY_GROWTH = 0.15;
    /**
     * The median lag (and the median age of the oldest unsent outbox row) of the last third may reach twice that of
     * the first third, or what this many seconds of writes produce, whichever is larger. The median, not the highest:
     * one sample that meets a consumer between two polls (or a GC pause on a busy machine) is not a trend, while a
     * consumer that falls behind moves the whole last third. The floor keeps a first third that sampled 0 from
     * turning a lag of a few events into a verdict.
     */
    static final Duration LAG_ALLOWANCE = Duration.ofSeconds(10);
    static final List<String> APPS = List.of("gateway", "case-service", "network-service", "budget-service", "monitoring-service");
    static final Path REPORT = Path.of("target/soak/report.md");

    /** One 30-s sample; {@code error} says what could not be read (the sample then misses lag and outbox). */
    record Sample(Duration at, WriteLoad.Interval writes, Map<String, Long> lag, Duration oldestOutbox, Map<String, Long> rssKb,
            Map<String, Long> oldGenAfterGcBytes, String error) {
    }

    /** One verdict line of the report. */
    record Check(String text, boolean pass) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> parameters = new ArrayList<>();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private SortedSet<String> groups = new TreeSet<>();

    @Test
    void halfTheMeasuredCapacityForTheWholeSoakWithoutErrorsGrowingLagOrGrowingMemory() throws Exception {
        try {
            soak();
        } finally {
            writeReport();
        }
        assertThat(checks).as("the soak's verdicts (see %s)", REPORT.toAbsolutePath()).allMatch(Check::pass);
    }

    private void soak() throws Exception {
        Platform platform = Platform.shared();
        // Test tokens live 10 minutes: the writers renew theirs, as a real client would.
        Supplier<String> professional = new RenewingToken(() -> Tokens.professional("dirk", "ggz-oost-brabant", WARD), Duration.ofMinutes(5));
        CaseLedger ledger = CaseLedger.openWard(platform, WARD, "Soakwijk", professional.get());

        parameters.add(row("started", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        parameters.add(row("machine", Runtime.getRuntime().availableProcessors() + " cores (available processors), load average "
                + loadAverage() + " (1/5/15 min) at the start"));
        parameters.add(row("applications", "five JVMs, each " + String.join(" ", Platform.JVM)
                + "; Kafka broker in the test JVM; PostgreSQL 127.0.0.1:5432"));

        double rate;
        String given = System.getProperty("soak.rate", "");
        if (!given.isBlank()) {
            rate = Double.parseDouble(given);
            parameters.add(row("rate", fmt(rate) + " writes/s (given with -Dsoak.rate)"));
        } else {
            double capacity = measureCapacity(platform, ledger, professional);
            rate = capacity / 2;
            parameters.add(row("rate", fmt(rate) + " writes/s: half of " + fmt(capacity) + " writes/s measured ("
                    + CAPACITY_WRITERS + " writers flat out, " + CAPACITY_WINDOW.toSeconds() + " s counted after "
                    + CAPACITY_WARMUP.toSeconds() + " s unrecorded)"));
        }
        int writers = Integer.getInteger("soak.writers", Math.max(4, (int) Math.ceil(rate)));
        parameters.add(row("load", "open cases in ward " + WARD + " through the gateway at a fixed rate (open loop), "
                + writers + " writers; latency counts from when a write was due"));
        parameters.add(row("duration", LENGTH.toMinutes() + " min, a sample every " + SAMPLE.toSeconds() + " s"));

        try (ConsumerLag lag = new ConsumerLag(Topics.CASES)) {
            // A quiet platform to start from: every group on the topic has committed and caught up.
            await().atMost(DRAIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
                groups = lag.groups();
                return !groups.isEmpty() && lag.of(groups).values().stream().allMatch(l -> l == 0);
            });
            parameters.add(row("consumer groups on " + Topics.CASES, String.join(", ", groups)));

            WriteLoad load = WriteLoad.paced(platform.gateway(), professional, WARD, OnboardingFlowTest.CASE, rate, writers);
            CaseLedger.Settled settled;
            try {
                runFor(load, platform, ledger, lag);
            } finally {
                settled = settle(ledger, load);
            }
            parameters.add(row("load average at the end", loadAverage()));
            if (settled != null) {
                judgeEnd(settled, lag);
            }
        }
        judgeTrends(rate);
    }

    /** Once the writers stopped: nothing refused, nothing lost, nothing counted twice, every consumer caught up. */
    private void judgeEnd(CaseLedger.Settled settled, ConsumerLag lag) {
        Instant stopped = Instant.now();
        boolean caughtUp = awaitQuietly(() -> lag.of(groups).values().stream().allMatch(l -> l == 0));
        Map<String, Long> lagAtEnd = lag.of(groups);
        parameters.add(row("writes", settled.attempts() + " tried, " + settled.acknowledged().size() + " answered 2xx ("
                + fmt(settled.acknowledged().size() / (double) LENGTH.toSeconds()) + " per s over the soak)"));

        List<WriteLoad.Failure> failures = settled.failures();
        checks.add(new Check("answers other than 2xx: " + failures.size() + (failures.isEmpty() ? ""
                : " " + settled.failureSummary() + (settled.failuresClean() ? ", all problem+json" : ", NOT all problem+json"))
                + " (allowed: none, not even a clean problem+json: nothing faults the platform, so nothing may be refused)",
                failures.isEmpty()));
        checks.add(new Check("acknowledged writes lost: " + settled.lost().size() + " of " + settled.acknowledged().size()
                + " (every 2xx case in case-service's database)", settled.lost().isEmpty()));
        checks.add(new Check("cases counted twice: " + settled.countedTwice() + " (monitoring's open-cases equals the cases in the database)",
                settled.countedTwice() == 0));
        checks.add(new Check("lag at the end: " + lagAtEnd + (caughtUp ? ", 0 for every group "
                + seconds(Duration.between(stopped, Instant.now())) + " after the outbox drained" : " after " + DRAIN.toSeconds() + " s"),
                caughtUp));
    }

    /** The paced writes for the soak's length, with a sample every {@link #SAMPLE}. */
    private void runFor(WriteLoad load, Platform platform, CaseLedger ledger, ConsumerLag lag) throws InterruptedException {
        int count = (int) Math.max(1, LENGTH.toSeconds() / SAMPLE.toSeconds());
        CountDownLatch taken = new CountDownLatch(count);
        long origin = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            sampler.scheduleAtFixedRate(() -> {
                if (taken.getCount() > 0) {
                    samples.add(sample(Duration.ofNanos(System.nanoTime() - origin), load, platform, ledger, lag));
                    taken.countDown();
                }
            }, SAMPLE.toMillis(), SAMPLE.toMillis(), TimeUnit.MILLISECONDS);
            boolean all = taken.await(LENGTH.plus(SAMPLE).plusMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
            checks.add(new Check("samples taken: " + samples.size() + " of " + count + ", "
                    + samples.stream().filter(s -> s.error() != null).count() + " with a reading missing", all
                    && samples.stream().allMatch(s -> s.error() == null)));
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private Sample sample(Duration at, WriteLoad load, Platform platform, CaseLedger ledger, ConsumerLag lag) {
        WriteLoad.Interval writes = load.interval();
        Map<String, Long> rss = new LinkedHashMap<>();
        Map<String, Long> oldGen = new LinkedHashMap<>();
        for (String app : APPS) {
            rss.put(app, platform.apps.get(app).rssKb());
            oldGen.put(app, oldGenAfterGc(platform.apps.get(app)));
        }
        try {
            return new Sample(at, writes, lag.of(groups), ledger.oldestUnsentOutboxRow(), rss, oldGen, null);
        } catch (RuntimeException e) {
            return new Sample(at, writes, Map.of(), null, rss, oldGen, e.toString());
        }
    }

    /** Stops the writers and checks nothing was lost or counted twice; null (and a failed verdict) if it never settled. */
    private CaseLedger.Settled settle(CaseLedger ledger, WriteLoad load) {
        try {
            return ledger.settle(load, DRAIN);
        } catch (AssertionError | RuntimeException e) {
            checks.add(new Check("after the writers stopped, the outbox drained and monitoring counted what the database holds within "
                    + DRAIN.toSeconds() + " s: NO (" + e.getMessage().lines().findFirst().orElse("") + ")", false));
            return null;
        }
    }

    /**
     * No growing lag, flat memory: the last third of the samples against the first (at least one sample each). Lag and
     * outbox compare medians ({@link #LAG_ALLOWANCE}); memory compares the highest RSS of each third: the first third
     * holds the warm-up, so its highest value is the baseline, and any value of the last third above the bound fails.
     */
    private void judgeTrends(double rate) {
        List<Sample> complete = samples.stream().filter(s -> s.error() == null).toList();
        if (complete.size() < 2) {
            checks.add(new Check("trends: fewer than two complete samples, nothing to compare", false));
            return;
        }
        int third = Math.max(1, complete.size() / 3);
        List<Sample> first = complete.subList(0, third);
        List<Sample> last = complete.subList(complete.size() - third, complete.size());
        long lagFloor = (long) Math.ceil(rate * LAG_ALLOWANCE.toSeconds());
        for (String group : groups) {
            long before = median(first, s -> s.lag().getOrDefault(group, 0L));
            long after = median(last, s -> s.lag().getOrDefault(group, 0L));
            long bound = Math.max(2 * before, lagFloor);
            checks.add(new Check(("lag of %s: median %d in the last third, %d in the first, highest of the run %d"
                    + " (bound: max(2 × %d, %d = %d s of writes) = %d)").formatted(group, after, before,
                    max(complete, s -> s.lag().getOrDefault(group, 0L)), before, lagFloor, LAG_ALLOWANCE.toSeconds(), bound),
                    after <= bound));
        }
        long outboxBefore = median(first, s -> s.oldestOutbox().toMillis());
        long outboxAfter = median(last, s -> s.oldestOutbox().toMillis());
        long outboxBound = Math.max(2 * outboxBefore, LAG_ALLOWANCE.toMillis());
        checks.add(new Check("oldest unsent outbox row: median %s in the last third, %s in the first, highest of the run %s (bound: max(2 × first, %d s) = %s)"
                .formatted(seconds(outboxAfter), seconds(outboxBefore), seconds(max(complete, s -> s.oldestOutbox().toMillis())),
                        LAG_ALLOWANCE.toSeconds(), seconds(outboxBound)),
                outboxAfter <= outboxBound));
        for (String app : APPS) {
            long before = max(first, s -> s.rssKb().get(app));
            long after = max(last, s -> s.rssKb().get(app));
            checks.add(new Check("RSS of %s: highest %d MB in the last third, %d MB in the first (bound: +%d%% = %d MB)".formatted(app,
                    after / 1024, before / 1024, Math.round(MEMORY_GROWTH * 100), Math.round(before * (1 + MEMORY_GROWTH) / 1024)),
                    before > 0 && after <= before * (1 + MEMORY_GROWTH)));
        }
    }

    private double measureCapacity(Platform platform, CaseLedger ledger, Supplier<String> token) {
        WriteLoad load = WriteLoad.start(platform.gateway(), token, WARD, OnboardingFlowTest.CASE, CAPACITY_WRITERS);
        try {
            hold(CAPACITY_WARMUP);
            int before = load.acknowledgedCount();
            long from = System.nanoTime();
            hold(CAPACITY_WINDOW);
            int after = load.acknowledgedCount();
            double perSecond = (after - before) / ((System.nanoTime() - from) / 1e9);
            CaseLedger.Settled settled = ledger.settle(load, DRAIN);
            parameters.add(row("capacity run", settled.attempts() + " writes tried, " + settled.acknowledged().size()
                    + " answered 2xx, failed: " + settled.failureSummary() + ", lost " + settled.lost().size()
                    + ", counted twice " + settled.countedTwice()));
            checks.add(new Check("capacity run: lost " + settled.lost().size() + ", counted twice " + settled.countedTwice(),
                    settled.lost().isEmpty() && settled.countedTwice() == 0));
            return perSecond;
        } finally {
            load.close();
        }
    }

    private void writeReport() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Soak: " + LENGTH.toMinutes() + " min at a fixed write rate");
        lines.add("");
        lines.add("| | |");
        lines.add("| --- | --- |");
        lines.addAll(parameters);
        lines.add("");
        lines.add("## Samples");
        lines.add("");
        lines.add("Every " + SAMPLE.toSeconds() + " s: the writes answered in the interval and their latency (ms), the lag of each"
                + " consumer group on " + Topics.CASES + " (records), the age of the oldest unsent row in case-service's outbox, and"
                + " each application's RSS in MB (in brackets: its old generation after the last major GC, Micrometer's"
                + " jvm_gc_live_data_size_bytes from /q/metrics; it changes only when a major GC runs).");
        lines.add("");
        StringBuilder header = new StringBuilder("| time | writes ok | failed | p50 ms | p99 ms |");
        StringBuilder rule = new StringBuilder("| ---: | ---: | ---: | ---: | ---: |");
        for (String group : groups) {
            header.append(" lag ").append(group).append(" |");
            rule.append(" ---: |");
        }
        header.append(" oldest outbox |");
        rule.append(" ---: |");
        for (String app : APPS) {
            header.append(" RSS ").append(app).append(" |");
            rule.append(" ---: |");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        for (Sample s : samples) {
            StringBuilder row = new StringBuilder("| %d:%02d | %d | %s | %s | %s |".formatted(s.at().toMinutes(), s.at().toSecondsPart(),
                    s.writes().ok(), s.writes().failed() == 0 ? "0" : s.writes().failed() + (s.writes().failuresClean() ? " (problem+json)" : " (NOT all problem+json)"),
                    fmt(s.writes().p50Millis()), fmt(s.writes().p99Millis())));
            for (String group : groups) {
                row.append(' ').append(s.lag().containsKey(group) ? String.valueOf(s.lag().get(group)) : "–").append(" |");
            }
            row.append(' ').append(s.oldestOutbox() == null ? "–" : seconds(s.oldestOutbox().toMillis())).append(" |");
            for (String app : APPS) {
                long gc = s.oldGenAfterGcBytes().get(app);
                row.append(' ').append(s.rssKb().get(app) / 1024).append(gc < 0 ? "" : " (" + gc / 1024 / 1024 + ")").append(" |");
            }
            lines.add(row.toString());
            if (s.error() != null) {
                lines.add("| | reading missing: " + s.error().replace('|', '/') + " |");
            }
        }
        lines.add("");
        lines.add("## Verdict");
        lines.add("");
        for (Check check : checks) {
            lines.add("- " + (check.pass() ? "PASS" : "FAIL") + ": " + check.text());
        }
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines);
    }

    private static final Pattern OLD_GEN_AFTER_GC = Pattern.compile("^jvm_gc_live_data_size_bytes(?:\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);

    /**
     * Micrometer's {@code jvm_gc_live_data_size_bytes} on the management port: the old generation after the last major
     * GC (what stays alive; it grows with a leak); -1 if absent.
     */
    private long oldGenAfterGc(AppProcess app) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(app.managementUrl() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = OLD_GEN_AFTER_GC.matcher(metrics.body());
            return metrics.statusCode() == 200 && m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean awaitQuietly(java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).until(condition);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    /** Lets the load run for that long (the test has nothing to check meanwhile). */
    private static void hold(Duration d) {
        await().pollDelay(d).atMost(d.plusSeconds(5)).until(() -> true);
    }

    private static long max(List<Sample> samples, ToLongFunction<Sample> value) {
        return samples.stream().mapToLong(value).max().orElse(0);
    }

    /** The middle value (the higher of the two middle ones for an even count). */
    private static long median(List<Sample> samples, ToLongFunction<Sample> value) {
        long[] sorted = samples.stream().mapToLong(value).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String row(String name, Object value) {
        return "| " + name + " | " + value + " |";
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String seconds(Duration d) {
        return seconds(d.toMillis());
    }
}
