package nl.wijknetwerk.shared.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import nl.wijknetwerk.shared.WijknetwerkConfig;
import nl.wijknetwerk.shared.messaging.KafkaConnection;
import nl.wijknetwerk.shared.ward.WardContext;
import nl.wijknetwerk.shared.ward.WardWork;

/**
 * Delivers outbox messages to Kafka at least once and in order. A message is marked sent only after the
 * broker acknowledged it ({@code acks=all}); if the broker is away, messages stay in the table and the next
 * sweep tries again, so a broker outage delays events but never loses them.
 *
 * <p>No transaction is open while the relay waits for Kafka: a batch is read in one short transaction, sent and
 * acknowledged, then marked sent in another. One replica of a service relays at a time: it holds a PostgreSQL
 * session advisory lock (on an idle connection, outside any transaction) for the length of a relay run, so two
 * replicas never send the same rows side by side and the order of {@code seq} is the order on the topic. A replica
 * that finds the lock taken leaves the work to the holder and tries again at its next sweep; a relay that dies
 * loses the lock with its connection. A crash between the acknowledgement and the marking sends those rows again
 * (at least once; consumers skip what they have seen).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The advisory lock key: one relay per service database. */
    private static final long RELAY_LOCK = 0x77696a6b_72656c61L;

    private final EntityManager em;
    private final DataSource dataSource;
    private final WardWork wardWork;
    private final WijknetwerkConfig.Outbox config;
    private final KafkaConnection kafka;
    private final Counter relayed;
    private final Counter failures;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile KafkaProducer<String, String> producer;

    public OutboxRelay(EntityManager em, DataSource dataSource, WardWork wardWork, WijknetwerkConfig config, MeterRegistry registry,
            KafkaConnection kafka) {
        this.em = em;
        this.dataSource = dataSource;
        this.wardWork = wardWork;
        this.config = config.outbox();
        this.kafka = kafka;
        this.relayed = Counter.builder("wijknetwerk.outbox.relayed").description("Events delivered to Kafka").register(registry);
        this.failures = Counter.builder("wijknetwerk.outbox.failures").description("Failed delivery attempts").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long sweep = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::relaySafely, 0, sweep, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgeSafely, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    /** Deliver right after a commit instead of waiting for the next sweep; coalesces bursts into one run. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        if (executor != null && wakeUpPending.compareAndSet(false, true)) {
            executor.execute(this::relaySafely);
        }
    }

    private void relaySafely() {
        wakeUpPending.set(false);
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock")) {
                return; // another replica relays now
            }
            try {
                while (relayBatch() == config.batchSize()) {
                    // a full batch: there may be more waiting
                }
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        } catch (RuntimeException | SQLException e) {
            failures.increment();
            LOG.warnf("Outbox relay could not deliver (will retry): %s", e.getMessage());
            resetProducer();
        }
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select " + function + "(?)")) {
            s.setLong(1, RELAY_LOCK);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /**
     * The relay works for every ward at once, as the platform (root) tenant: reads a batch in one transaction, sends
     * it and waits for the acknowledgements with no transaction open, and marks what was acknowledged in another.
     * @return the number of messages delivered in this batch
     */
    int relayBatch() {
        List<OutboxMessage> batch = wardWork.inWard(WardContext.ALL_WARDS, () -> em.createQuery(
                "from OutboxMessage where sentAt is null order by seq", OutboxMessage.class)
                .setMaxResults(config.batchSize()).getResultList());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage m : batch) {
            acks.add(producer().send(new ProducerRecord<>(m.topic, m.key, m.envelope)));
        }
        List<UUID> delivered = new ArrayList<>(batch.size());
        Exception failure = null;
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                delivered.add(batch.get(i).id);
            } catch (Exception e) {
                failure = e;
                break; // keep order: what follows a failed message waits for the next attempt
            }
        }
        if (!delivered.isEmpty()) {
            wardWork.inWard(WardContext.ALL_WARDS, () -> em.createQuery("update OutboxMessage set sentAt = :now where id in :ids")
                    .setParameter("now", Instant.now()).setParameter("ids", delivered).executeUpdate());
            relayed.increment(delivered.size());
        }
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return delivered.size();
    }

    private void purgeSafely() {
        try {
            wardWork.inWard(WardContext.ALL_WARDS, () -> em.createQuery("delete from OutboxMessage where sentAt < :before")
                    .setParameter("before", Instant.now().minus(config.retention())).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox purge failed: %s", e.getMessage());
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> p = kafka.clientProperties();
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** A producer whose sends timed out may hold stale state; start afresh on the next attempt. */
    private void resetProducer() {
        KafkaProducer<String, String> old = producer;
        producer = null;
        if (old != null) {
            old.close(Duration.ZERO);
        }
    }
}
