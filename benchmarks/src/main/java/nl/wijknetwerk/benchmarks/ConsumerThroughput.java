package nl.wijknetwerk.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import nl.wijknetwerk.launcher.Application;
import nl.wijknetwerk.launcher.Http;
import nl.wijknetwerk.launcher.Ports;

/**
 * How many events per second each consuming service applies: a burst of {@code case-opened} events (valid by the
 * contract, for a ward every service knows) is published straight to the case topic, and each service's
 * {@code wijknetwerk.events.consumed} counter is watched until it has taken them all in. Nothing else runs, so this
 * is the ceiling of the consumers that every freshness figure depends on: while the write path produces events
 * faster than this, the indicators fall behind.
 */
final class ConsumerThroughput {

    static final String CASE_OPENED = "nl.wijknetwerk.case.case-opened.v1";
    private static final Pattern CONSUMED = Pattern.compile(
            "^wijknetwerk_events_consumed_total\\{(?<labels>[^}]*)} (?<count>[0-9.eE+]+)$");

    /** One service's share of the burst: when it had applied all of it (or how far it got). */
    record Applied(Application service, long events, Duration took, boolean complete) {

        double perSecond() {
            return events / (took.toMillis() / 1000.0);
        }
    }

    record Result(long events, Duration published, List<Applied> applied) {
    }

    private final Ports ports;
    private final ServiceMetrics metrics;

    ConsumerThroughput(Ports ports) {
        this.ports = ports;
        this.metrics = new ServiceMetrics(ports);
    }

    Result burst(String ward, int events, List<Application> consumers, Duration timeout) throws Exception {
        Map<Application, Double> before = new LinkedHashMap<>();
        for (Application app : consumers) {
            before.put(app, consumed(app));
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ports.kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(events);
            for (int i = 0; i < events; i++) {
                UUID caseId = UUID.randomUUID();
                sent.add(producer.send(new ProducerRecord<>("cases.events", caseId.toString(), envelope(ward, caseId, i))));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        }
        Duration published = Duration.ofNanos(System.nanoTime() - start);
        Map<Application, Applied> done = new LinkedHashMap<>();
        long deadline = start + timeout.toNanos();
        while (done.size() < consumers.size() && System.nanoTime() < deadline) {
            for (Application app : consumers) {
                if (!done.containsKey(app) && consumed(app) - before.get(app) >= events) {
                    done.put(app, new Applied(app, events, Duration.ofNanos(System.nanoTime() - start), true));
                }
            }
            // Four times a second (a second's resolution made a 1.5 s burst look up to 40 % slower than it was); each
            // scrape costs the service a millisecond or two of CPU, some 1 % of a core at this pace.
            Thread.sleep(250);
        }
        List<Applied> applied = new ArrayList<>();
        for (Application app : consumers) {
            Applied a = done.get(app);
            applied.add(a != null ? a : new Applied(app, (long) (consumed(app) - before.get(app)), timeout, false));
        }
        return new Result(events, published, applied);
    }

    /**
     * Waits until the consumers have caught up with what was written before: their applied-event counts stop
     * moving for a few seconds (or {@code max} passes). Each measurement then starts from an empty queue.
     * @return how long that took
     */
    Duration awaitIdle(List<Application> consumers, Duration max) throws Exception {
        long start = System.nanoTime();
        double last = -1;
        int still = 0;
        while (still < 2 && System.nanoTime() - start < max.toNanos()) {
            double now = 0;
            for (Application app : consumers) {
                now += count(metrics.scrape(app), null);
            }
            still = now == last ? still + 1 : 0;
            last = now;
            Thread.sleep(2000);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The service's count of applied {@code case-opened} events, over all its consumers. */
    private double consumed(Application app) throws Exception {
        return count(metrics.scrape(app), CASE_OPENED);
    }

    /** Applied events of one type (all types when null) in a Prometheus exposition. */
    static double count(String exposition, String type) {
        double total = 0;
        for (String line : exposition.split("\n")) {
            Matcher m = CONSUMED.matcher(line.trim());
            if (m.matches() && (type == null || m.group("labels").contains("type=\"" + type + "\""))) {
                total += Double.parseDouble(m.group("count"));
            }
        }
        return total;
    }

    private static String envelope(String ward, UUID caseId, int n) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId.toString());
        data.put("kind", "INDIVIDUAL");
        data.put("startedBy", "PROFESSIONAL");
        data.put("lifeDomains", List.of("DAYTIME_ACTIVITY"));
        data.put("triageRoute", n % 20 == 0 ? "INDIVIDUAL_AT_HOME" : "COLLECTIVE_DIRECT");
        data.put("openedOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("type", CASE_OPENED);
        event.put("source", "/benchmarks/consumer-throughput");
        event.put("time", Instant.now().toString());
        event.put("subject", caseId.toString());
        event.put("wardid", ward);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return Http.JSON.writeValueAsString(event);
    }
}
