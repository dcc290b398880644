package nl.wijknetwerk.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.launcher.Http;

/**
 * Event-to-KPI freshness: one probe at a time writes in a ward of its own (Ussen, so the write load in Ruwaard
 * cannot move its indicator) and polls that ward's KPIs until the indicator reflects the write. The event's own
 * {@code time}, read from the case topic, is the start; the first KPI answer that shows it is the end.
 * The probe's first poll comes 5 ms after the write's answer and then every 10 ms: that is the resolution.
 */
final class FreshnessProbe {

    static final String EVENT_TO_KPI = "event time → KPI shows it";
    static final String ANSWER_TO_KPI = "write answered → KPI shows it";

    /** The event the probe causes and the indicator that counts it. */
    record Signal(String eventType, String indicator) {
    }

    static final Signal CASE_OPENED = new Signal("nl.wijknetwerk.case.case-opened.v1", "open-cases");

    private final String gatewayUrl;
    private final String kafkaBootstrap;
    private final String writerToken;
    private final String readerToken;
    private final String ward;
    private final Signal signal;

    FreshnessProbe(String gatewayUrl, String kafkaBootstrap, String writerToken, String readerToken, String ward, Signal signal) {
        this.gatewayUrl = gatewayUrl;
        this.kafkaBootstrap = kafkaBootstrap;
        this.writerToken = writerToken;
        this.readerToken = readerToken;
        this.ward = ward;
        this.signal = signal;
    }

    /** Probes back to back for {@code duration}; returns the freshness latencies (and the probe's requests). */
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
                    probeOnce(gateway, latencies, eventTimes, n++);
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
                    if (signal.eventType().equals(event.path("type").asText()) && ward.equals(event.path("wardid").asText())) {
                        eventTimes.put(event.path("subject").asText(), Instant.parse(event.path("time").asText()));
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                return;
            } catch (Exception unreadable) {
                // an event this probe does not understand is not its concern
            }
        }
    }

    private void probeOnce(LoadClient gateway, Latencies latencies, Map<String, Instant> eventTimes, long n) throws Exception {
        long before = indicator(gateway);
        String id = Scenarios.openCase(gateway, writerToken, ward, n);
        long answered = System.nanoTime();
        long giveUp = answered + TimeUnit.SECONDS.toNanos(30);
        Thread.sleep(5);
        while (indicator(gateway) < before + 1) {
            if (System.nanoTime() > giveUp) {
                latencies.error(EVENT_TO_KPI);
                latencies.error(ANSWER_TO_KPI);
                return;
            }
            Thread.sleep(10);
        }
        Instant visible = Instant.now();
        latencies.record(ANSWER_TO_KPI, System.nanoTime() - answered);
        long waitForEvent = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!eventTimes.containsKey(id) && System.nanoTime() < waitForEvent) {
            Thread.sleep(5);
        }
        Instant eventTime = eventTimes.remove(id);
        if (eventTime == null) {
            latencies.error(EVENT_TO_KPI);
        } else {
            latencies.record(EVENT_TO_KPI, Duration.between(eventTime, visible).toNanos());
        }
    }

    private long indicator(LoadClient gateway) throws Exception {
        JsonNode kpis = gateway.get("GET /kpis (probe)", "/api/wards/" + ward + "/kpis", readerToken);
        for (JsonNode goal : kpis.path("goals")) {
            for (JsonNode indicator : goal.path("indicators")) {
                if (signal.indicator().equals(indicator.path("code").asText())) {
                    return indicator.path("value").asLong();
                }
            }
        }
        throw new IllegalStateException("ward " + ward + " has no indicator " + signal.indicator() + ": " + kpis);
    }
}
