package nl.wijknetwerk.monitoring.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
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
import nl.wijknetwerk.monitoring.rebuild.RebuildApi.RebuildStatus;
import nl.wijknetwerk.monitoring.rebuild.RebuildApi.State;
import nl.wijknetwerk.monitoring.facts.FactConsumption;
import nl.wijknetwerk.monitoring.facts.FactQueries;
import nl.wijknetwerk.monitoring.facts.FactVersions;
import nl.wijknetwerk.shared.messaging.KafkaConnection;
import nl.wijknetwerk.shared.problem.DatabaseUnavailable;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Rebuilds the indicator store from the topics: wipes every fact derived from events, then reads every topic from
 * offset zero up to the end it had when the rebuild started, with a fresh consumer group, applying each event as
 * the live consumers do. Imports (ward profiles, imported figures) are not derived from events and stay. The live
 * consumers keep running; facts are set-state upserts and applied in turns, so events arriving meanwhile are safe.
 *
 * <p>A rebuild runs in the background: on a platform with some history it outlasts any HTTP timeout (the gateway's
 * first). Its state is a row of {@code rebuild_run}, so every replica answers a status request alike, and the table
 * admits one running rebuild at a time across replicas.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    /** Every table the FactRecorder writes; known_ward is kept, it is the ward directory. */
    static final List<String> FACT_TABLES = FactQueries.KINDS.stream().map(FactQueries::table).toList();

    private static final String ABANDONED = "It did not finish: the replica running it stopped; start a new rebuild";

    public record Result(String consumerGroup, long events, long skipped, Map<String, Long> eventsPerTopic, long millis) {
    }

    private final FactConsumption facts;
    private final EntityManager em;
    private final MonitoringConfig config;
    private final KafkaConnection kafka;
    private final FactVersions versions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kpi-rebuild");
        t.setDaemon(true);
        return t;
    });

    public RebuildService(FactConsumption facts, EntityManager em, MonitoringConfig config, KafkaConnection kafka,
            FactVersions versions) {
        this.facts = facts;
        this.versions = versions;
        this.em = em;
        this.config = config;
        this.kafka = kafka;
    }

    /** Starts a rebuild in the background (409 while one runs) and tells where it stands: running. */
    public RebuildStatus start() {
        RebuildStatus started = claim();
        worker.submit(() -> runAndRecord(started.id()));
        return started;
    }

    /** Where the rebuild {@code id} stands (404 if there is none). */
    @Transactional
    public RebuildStatus status(UUID id) {
        List<?> rows = em.createNativeQuery(RUNS + " where id = :id").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Rebuild", id);
        }
        return read((Object[]) rows.get(0));
    }

    /** The newest rebuild, if there ever was one. */
    @Transactional
    public Optional<RebuildStatus> latest() {
        List<?> rows = em.createNativeQuery(RUNS + " order by started_at desc limit 1").getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(read((Object[]) rows.get(0)));
    }

    private static final String RUNS = "select id, state, started_at, finished_at, events, skipped, reason from rebuild_run";

    private RebuildStatus read(Object[] r) {
        RebuildStatus status = new RebuildStatus((UUID) r[0], State.valueOf((String) r[1]), instant(r[2]), instant(r[3]),
                r[4] == null ? null : ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6]);
        if (status.state() == State.running && status.startedAt().isBefore(abandonedBefore())) {
            return new RebuildStatus(status.id(), State.failed, status.startedAt(), null, null, null, ABANDONED);
        }
        return status;
    }

    /** The row that makes this rebuild the one running; a row abandoned by a replica that died does not count. */
    @Transactional
    RebuildStatus claim() {
        em.createNativeQuery("update rebuild_run set state = 'failed', finished_at = now(), reason = :reason"
                + " where state = 'running' and started_at < :before")
                .setParameter("reason", ABANDONED).setParameter("before", abandonedBefore()).executeUpdate();
        Number running = (Number) em.createNativeQuery("select count(*) from rebuild_run where state = 'running'").getSingleResult();
        if (running.longValue() > 0) {
            throw ProblemException.conflict(new Objection("A rebuild is already running", "De indicatoren worden al opnieuw opgebouwd"));
        }
        RebuildStatus started = new RebuildStatus(UUID.randomUUID(), State.running, Instant.now(), null, null, null, null);
        // Two replicas claiming at once: the unique index on the running row lets one win, the other answers 409.
        em.createNativeQuery("insert into rebuild_run (id, state, started_at) values (:id, 'running', :at)")
                .setParameter("id", started.id()).setParameter("at", started.startedAt()).executeUpdate();
        return started;
    }

    private void runAndRecord(UUID id) {
        Result result;
        try {
            result = run();
        } catch (RuntimeException e) {
            LOG.error("Rebuild " + id + " failed", e);
            failed(id, e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        done(id, result);
    }

    @ActivateRequestContext
    @Transactional
    void done(UUID id, Result result) {
        em.createNativeQuery("update rebuild_run set state = 'done', finished_at = now(), events = :events, skipped = :skipped"
                + " where id = :id").setParameter("events", result.events()).setParameter("skipped", result.skipped())
                .setParameter("id", id).executeUpdate();
    }

    @ActivateRequestContext
    @Transactional
    void failed(UUID id, String reason) {
        em.createNativeQuery("update rebuild_run set state = 'failed', finished_at = now(), reason = :reason where id = :id")
                .setParameter("reason", reason).setParameter("id", id).executeUpdate();
    }

    private Instant abandonedBefore() {
        return Instant.now().minus(config.rebuild().abandonedAfter());
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant i ? i
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
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
            // A rebuild takes as long as the history is long: it gives up only when it stops getting anywhere.
            long stalledSince = System.nanoTime();
            while (!reached(consumer, end)) {
                if (System.nanoTime() - stalledSince > config.rebuild().timeout().toNanos()) {
                    throw new IllegalStateException("Rebuild got no further for " + config.rebuild().timeout()
                            + " before reaching the end of the topics (" + applied + " events applied)");
                }
                List<ConsumerRecord<String, String>> poll = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        poll.add(record);
                    }
                }
                if (poll.isEmpty()) {
                    continue;
                }
                stalledSince = System.nanoTime();
                Map<Integer, RuntimeException> failed = facts.replay(inboxName, poll.stream().map(ConsumerRecord::value).toList());
                for (int i = 0; i < poll.size(); i++) {
                    ConsumerRecord<String, String> record = poll.get(i);
                    RuntimeException reason = failed.get(i);
                    if (reason == null) {
                        applied++;
                        perTopic.merge(record.topic(), 1L, Long::sum);
                    } else if (DatabaseUnavailable.causedBy(reason)) {
                        throw reason;
                    } else {
                        // Unreadable, or it parses but cannot be applied (a date that does not exist, say): the live
                        // consumer dead-lettered it, and the rebuild skips it likewise.
                        LOG.warnf("Rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason.toString());
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
