package nl.wijknetwerk.monitoring.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.messaging.EventConsumer;

/**
 * Applies an event to the facts exactly once per consumer name, and measures freshness: the time from the event's
 * {@code time} to the moment the indicators reflect it (the commit of the facts), as the Micrometer histogram
 * {@code wijknetwerk.monitoring.freshness}. Indicators are computed from the facts when read, so a committed fact
 * is a reflected indicator. Live consumption and a rebuild take turns per event, so they never write the same row at once.
 */
@ApplicationScoped
public class FactConsumption {

    public static final String FRESHNESS = "wijknetwerk.monitoring.freshness";

    private final EventConsumer consumer;
    private final FactRecorder recorder;
    private final MeterRegistry registry;
    private final ReentrantLock turn = new ReentrantLock();

    public FactConsumption(EventConsumer consumer, FactRecorder recorder, MeterRegistry registry) {
        this.consumer = consumer;
        this.recorder = recorder;
        this.registry = registry;
    }

    /** For the live channels: the freshness of every first delivery is recorded. */
    public void live(String consumerName, String message) {
        boolean[] applied = { false };
        EventEnvelope event = inTurn(() -> consumer.consume(consumerName, message, e -> {
            recorder.apply(e);
            applied[0] = true;
        }));
        if (applied[0]) {
            Timer.builder(FRESHNESS)
                    .description("Time from an event's time to the indicators reflecting it")
                    .tag("type", event.type())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofHours(1))
                    .register(registry)
                    .record(Duration.between(event.time(), Instant.now()));
        }
    }

    /** For a rebuild: old events replayed say nothing about freshness. */
    public void replay(String consumerName, String message) {
        inTurn(() -> consumer.consume(consumerName, message, recorder::apply));
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
