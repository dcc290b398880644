package nl.wijknetwerk.monitoring.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import nl.wijknetwerk.monitoring.MonitoringConfig;
import nl.wijknetwerk.monitoring.facts.FactConsumption;
import nl.wijknetwerk.monitoring.facts.FactVersions;
import nl.wijknetwerk.shared.event.EventFactory;
import nl.wijknetwerk.shared.messaging.KafkaConnection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Rebuilds the indicator store from the topics: wipes every fact derived from events, then reads every topic from
 * offset zero up to the end it had when the rebuild started, with a fresh consumer group, applying each event as
 * the live consumers do. Imports (ward profiles, imported figures) are not derived from events and stay. The live
 * consumers keep running; facts are set-state upserts and applied in turns, so events arriving meanwhile are safe.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    /** Every table the FactRecorder writes; known_ward is kept, it is the ward directory. */
    static final List<String> FACT_TABLES = List.of("case_fact", "mdo_fact", "agreement_fact", "wellbeing_fact", "analysis_fact",
            "barrier_fact", "initiative_state", "leersessie_fact", "professional_fact", "pulse_fact", "budget_fact",
            "spending_fact", "commitment_fact");

    public record Result(String consumerGroup, long events, long skipped, Map<String, Long> eventsPerTopic, long millis) {
    }

    private final FactConsumption facts;
    private final EntityManager em;
    private final MonitoringConfig config;
    private final EventFactory events;
    private final KafkaConnection kafka;
    private final FactVersions versions;
    private final AtomicBoolean running = new AtomicBoolean();

    public RebuildService(FactConsumption facts, EntityManager em, MonitoringConfig config, EventFactory events,
            KafkaConnection kafka, FactVersions versions) {
        this.facts = facts;
        this.versions = versions;
        this.em = em;
        this.config = config;
        this.events = events;
        this.kafka = kafka;
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("A rebuild is already running");
        }
        try {
            return run();
        } finally {
            running.set(false);
        }
    }

    private Result run() {
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString();
        String group = "monitoring-service-rebuild-" + runId;
        String inboxName = "monitoring-service.rebuild-" + runId;
        facts.inTurn(() -> {
            wipe();
            return null;
        });
        Map<String, Long> perTopic = new HashMap<>();
        long applied = 0;
        long skipped = 0;
        try (KafkaConsumer<String, String> consumer = consumer(group)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : config.rebuild().topics()) {
                consumer.partitionsFor(topic, config.rebuild().timeout())
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Offsets at the start: what was published before the rebuild began is what it reproduces.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, config.rebuild().timeout());
            long deadline = System.nanoTime() + config.rebuild().timeout().toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Rebuild did not reach the end of the topics within " + config.rebuild().timeout());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        continue;
                    }
                    try {
                        facts.replay(inboxName, record.value());
                        applied++;
                        perTopic.merge(record.topic(), 1L, Long::sum);
                    } catch (EventFactory.PoisonMessageException e) {
                        // The live consumer sent it to the dead-letter topic already; a rebuild skips it likewise.
                        skipped++;
                    }
                }
            }
        } finally {
            forget(inboxName);
        }
        long millis = Duration.between(started, Instant.now()).toMillis();
        LOG.infof("Rebuilt the indicator store from %d events (%d skipped) in %d ms", applied, skipped, millis);
        return new Result(group, applied, skipped, perTopic, millis);
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @ActivateRequestContext
    @Transactional
    void wipe() {
        for (String table : FACT_TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        versions.allChanging();
    }

    /** The rebuild's inbox rows served their purpose (one application per event within the run). */
    @ActivateRequestContext
    @Transactional
    void forget(String inboxName) {
        em.createNativeQuery("delete from processed_event where consumer = :c").setParameter("c", inboxName).executeUpdate();
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
