package nl.wijknetwerk.monitoring.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import nl.wijknetwerk.shared.messaging.EventConsumer;

/**
 * Applies an event to the facts exactly once per consumer name, and measures freshness: the time from the event's
 * {@code time} to the moment the indicators reflect it (the commit of the facts), as the Micrometer histogram
 * {@code wijknetwerk.monitoring.freshness}. Indicators are computed from the facts when read, so a committed fact
 * is a reflected indicator. Live consumption (a poll at a time) and a rebuild take turns, so they never write the same row at once.
 */
@ApplicationScoped
public class FactConsumption {

    public static final String FRESHNESS = "wijknetwerk.monitoring.freshness";

    /**
     * The histogram's buckets: fine where the promise lies (an indicator reflects an event within a second), coarse
     * beyond. Micrometer's generic percentile histogram had a hundred buckets per event type, 2,000 lines in every
     * scrape, and steps of 85 ms around the second.
     */
    private static final Duration[] FRESHNESS_BUCKETS = LongStream.of(1, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
            125, 150, 175, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 1250, 1500, 2000, 3000, 5000, 10_000, 30_000,
            60_000, 300_000, 900_000, 3_600_000).mapToObj(Duration::ofMillis).toArray(Duration[]::new);

    private final EventConsumer consumer;
    private final FactRecorder recorder;
    private final MeterRegistry registry;
    private final ReentrantLock turn = new ReentrantLock();
    private final Map<String, Timer> freshness = new ConcurrentHashMap<>();

    public FactConsumption(EventConsumer consumer, FactRecorder recorder, MeterRegistry registry) {
        this.consumer = consumer;
        this.recorder = recorder;
        this.registry = registry;
    }

    /** For the live channels, a whole poll: the freshness of every first delivery is recorded once it is committed. */
    public CompletionStage<Void> live(String consumerName, KafkaRecordBatch<String, String> poll) {
        // Every type: whatever it is, it makes the KPI pages computed before it out of date (FactRecorder.apply).
        return inTurn(() -> consumer.consumeBatch(consumerName, poll, EventConsumer.EVERY_TYPE, effect(), applied -> {
            Instant committed = Instant.now();
            applied.forEach(event -> freshness(event.type()).record(Duration.between(event.time(), committed)));
        }));
    }

    /** Each transaction's facts read ahead in a few queries, then every event applied. */
    private EventConsumer.Prepared effect() {
        return new EventConsumer.Prepared(recorder::prefetch, recorder::apply);
    }

    /** Registered once per type, not per event. */
    private Timer freshness(String type) {
        return freshness.computeIfAbsent(type, t -> Timer.builder(FRESHNESS)
                .description("Time from an event's time to the indicators reflecting it")
                .tag("type", t)
                .serviceLevelObjectives(FRESHNESS_BUCKETS)
                .register(registry));
    }

    /**
     * For a rebuild, a poll at a time (old events replayed say nothing about freshness).
     * @return the position of every message that failed on its own, with the reason
     */
    public Map<Integer, RuntimeException> replay(String consumerName, List<String> messages) {
        return inTurn(() -> consumer.replay(consumerName, messages, effect()));
    }

    /** Runs work (such as wiping the facts) while no event is being applied. */
    public <T> T inTurn(java.util.function.Supplier<T> work) {
        turn.lock();
        try {
            return work.get();
        } finally {
            turn.unlock();
        }
    }
}
