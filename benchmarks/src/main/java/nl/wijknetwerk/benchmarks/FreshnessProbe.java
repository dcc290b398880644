package nl.wijknetwerk.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.launcher.Http;

/**
 * Event-to-KPI freshness: one probe at a time takes a case through the start of the Samenwerkwijze in a ward of
 * its own (Ussen, so the write load in Ruwaard cannot move its indicators) and after each write polls that ward's
 * KPIs until the indicator reflects it: the case opened (open cases), its wellbeing measured (T0 measurements) and
 * its Samenwerkplan agreed after an MDO (cases that went through the Samenwerkwijze). The event's own
 * {@code time}, read from the case topic, is the start; the first KPI answer that shows it is the end. The first
 * poll comes 5 ms after the write's answer and then every 10 ms: that is the resolution.
 */
final class FreshnessProbe {

    /** An event the probe causes, and how the ward's KPI answer shows that it has been taken in. */
    record Signal(String name, String eventType, String indicator, ToLongFunction<JsonNode> reading) {

        String eventToKpi() {
            return name + ": event time → KPI shows it";
        }

        String answerToKpi() {
            return name + ": write answered → KPI shows it";
        }
    }

    static final Signal CASE_OPENED = new Signal("case opened", "nl.wijknetwerk.case.case-opened.v1", "open-cases",
            indicator -> value(indicator).longValue());
    /**
     * T0 measurements are the basis of the indicator (the number of measurements it averages), which counts them in
     * whole groups of five cases per quarter: every fifth T0 the probe records makes the basis jump by five.
     */
    static final Signal WELLBEING_MEASURED = new Signal("wellbeing measured", "nl.wijknetwerk.case.wellbeing-measured.v1",
            "wellbeing-t0", indicator -> indicator.path("basis").asLong());
    /**
     * A case counts as worked the Samenwerkwijze way once it has had an MDO and an agreed plan; the indicator is
     * that share of the cases opened in the period, to one decimal, so the count is share × basis (exact while the
     * ward has fewer than 1,000 cases in the period, which the probe's ward stays well below).
     */
    static final Signal PLAN_AGREED = new Signal("plan agreed", "nl.wijknetwerk.case.plan-agreed.v1", "samenwerkwijze-share",
            indicator -> value(indicator).multiply(BigDecimal.valueOf(indicator.path("basis").asLong()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue());

    static final List<Signal> SIGNALS = List.of(CASE_OPENED, WELLBEING_MEASURED, PLAN_AGREED);

    /** The T0s the probes of this run recorded in their ward, over both paces. */
    private static final java.util.concurrent.atomic.AtomicLong BASELINES_RECORDED = new java.util.concurrent.atomic.AtomicLong();

    private final String gatewayUrl;
    private final String kafkaBootstrap;
    private final String writerToken;
    private final String colleague;
    private final String colleagueOrganisation;
    private final String writerOrganisation;
    private final String writer;
    private final String readerToken;
    private final String ward;

    /**
     * @param writer the professional of {@code ward} who writes (with their token and organisation), and a colleague
     *        of another organisation in the same ward who sits at the MDO table with them
     */
    FreshnessProbe(String gatewayUrl, String kafkaBootstrap, String ward, String writer, String writerOrganisation,
            String writerToken, String colleague, String colleagueOrganisation, String readerToken) {
        this.gatewayUrl = gatewayUrl;
        this.kafkaBootstrap = kafkaBootstrap;
        this.ward = ward;
        this.writer = writer;
        this.writerOrganisation = writerOrganisation;
        this.writerToken = writerToken;
        this.colleague = colleague;
        this.colleagueOrganisation = colleagueOrganisation;
        this.readerToken = readerToken;
    }

    /** Probes back to back for {@code duration}; returns the freshness latencies per signal (and the probe's requests). */
    Map<String, Latencies.Series> run(Duration duration) throws Exception {
        Latencies latencies = new Latencies();
        LoadClient gateway = new LoadClient(gatewayUrl, latencies);
        Map<String, Instant> eventTimes = new ConcurrentHashMap<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            String topic = "cases.events";
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Thread reader = new Thread(() -> readEvents(consumer, eventTimes), "freshness-events");
            reader.start();
            try {
                long deadline = System.nanoTime() + duration.toNanos();
                long n = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        probeOnce(gateway, latencies, eventTimes, n++);
                    } catch (LoadClient.Failed failed) {
                        // counted as an error of that request; the next probe starts with a case of its own
                    }
                }
            } finally {
                reader.interrupt();
                reader.join(5000);
            }
        }
        return latencies.snapshot();
    }

    private void readEvents(KafkaConsumer<String, String> consumer, Map<String, Instant> eventTimes) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    JsonNode event = Http.JSON.readTree(r.value());
                    if (ward.equals(event.path("wardid").asText())) {
                        eventTimes.putIfAbsent(key(event.path("type").asText(), event.path("subject").asText()),
                                Instant.parse(event.path("time").asText()));
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                return;
            } catch (Exception unreadable) {
                // an event this probe does not understand is not its concern
            }
        }
    }

    /** One case: opened, wellbeing measured, MDO held and plan agreed; the KPIs must show each write in turn. */
    private void probeOnce(LoadClient gateway, Latencies latencies, Map<String, Instant> eventTimes, long n) throws Exception {
        String base = "/api/wards/" + ward;
        String residentId = gateway.post("POST /residents (probe)", base + "/residents", writerToken,
                SamenwerkwijzeSteps.residentBody(n)).path("id").asText();
        long before = reading(gateway, CASE_OPENED);
        String id = gateway.post("POST /cases (probe)", base + "/cases", writerToken,
                SamenwerkwijzeSteps.caseBody(residentId, n)).path("id").asText();
        awaitKpi(gateway, latencies, eventTimes, CASE_OPENED, id, before);

        before = reading(gateway, WELLBEING_MEASURED);
        gateway.post("POST /wellbeing (probe)", base + "/cases/" + id + "/wellbeing", writerToken, SamenwerkwijzeSteps.wellbeingBody());
        // Only the probe measures in its ward (one case each), so its fifth, tenth… T0 closes a group.
        if (BASELINES_RECORDED.incrementAndGet() % 5 == 0) {
            awaitKpi(gateway, latencies, eventTimes, WELLBEING_MEASURED, id, before);
        }

        JsonNode mdo = gateway.post("POST /mdos (probe)", base + "/cases/" + id + "/mdos", writerToken,
                SamenwerkwijzeSteps.mdoBody(residentId, writer, writerOrganisation, colleague, colleagueOrganisation));
        gateway.post("POST /mdos/{mdo}/held (probe)", base + "/cases/" + id + "/mdos/" + mdo.path("id").asText() + "/held",
                writerToken, SamenwerkwijzeSteps.heldBody());
        // The share moves only once the plan is agreed too: the MDO alone leaves the reading as it is.
        before = reading(gateway, PLAN_AGREED);
        gateway.put("PUT /plan (probe)", base + "/cases/" + id + "/plan", writerToken,
                SamenwerkwijzeSteps.planBody(writer, writerOrganisation));
        awaitKpi(gateway, latencies, eventTimes, PLAN_AGREED, id, before);
    }

    private void awaitKpi(LoadClient gateway, Latencies latencies, Map<String, Instant> eventTimes, Signal signal, String caseId,
            long before) throws Exception {
        long answered = System.nanoTime();
        long giveUp = answered + TimeUnit.SECONDS.toNanos(30);
        Thread.sleep(5);
        while (reading(gateway, signal) < before + 1) {
            if (System.nanoTime() > giveUp) {
                latencies.error(signal.eventToKpi());
                latencies.error(signal.answerToKpi());
                return;
            }
            Thread.sleep(10);
        }
        Instant visible = Instant.now();
        latencies.record(signal.answerToKpi(), System.nanoTime() - answered);
        String key = key(signal.eventType(), caseId);
        long waitForEvent = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!eventTimes.containsKey(key) && System.nanoTime() < waitForEvent) {
            Thread.sleep(5);
        }
        Instant eventTime = eventTimes.remove(key);
        if (eventTime == null) {
            latencies.error(signal.eventToKpi());
        } else {
            latencies.record(signal.eventToKpi(), Duration.between(eventTime, visible).toNanos());
        }
    }

    private long reading(LoadClient gateway, Signal signal) throws Exception {
        JsonNode kpis = gateway.get("GET /kpis (probe)", "/api/wards/" + ward + "/kpis", readerToken);
        for (JsonNode goal : kpis.path("goals")) {
            for (JsonNode indicator : goal.path("indicators")) {
                if (signal.indicator().equals(indicator.path("code").asText())) {
                    return signal.reading().applyAsLong(indicator);
                }
            }
        }
        throw new IllegalStateException("ward " + ward + " has no indicator " + signal.indicator() + ": " + kpis);
    }

    private static BigDecimal value(JsonNode indicator) {
        JsonNode value = indicator.path("value");
        return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
    }

    private static String key(String type, String subject) {
        return type + " " + subject;
    }
}
