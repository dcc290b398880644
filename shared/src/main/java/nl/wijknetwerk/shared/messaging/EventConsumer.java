package nl.wijknetwerk.shared.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import nl.wijknetwerk.shared.WijknetwerkConfig;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventFactory;
import nl.wijknetwerk.shared.problem.DatabaseUnavailable;
import nl.wijknetwerk.shared.ward.WardWork;

/**
 * The one way a service consumes an event: parse and validate it (a poison message throws, and the channel's
 * dead-letter strategy moves it aside), act as the event's ward ({@link WardWork}), skip redeliveries, and apply the
 * effect, all in one transaction. Callers annotate their {@code @Incoming} method with {@code @Blocking} and delegate here.
 *
 * <p>A database that is away for a moment (restart, fail-over) is not the event's fault: the same event is tried
 * again, with backoff, before the next one (order kept), for up to {@code wijknetwerk.events.unavailable-retry};
 * only then, or for any other failure, does the event go to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final EventFactory events;
    private final EventInbox inbox;
    private final WardWork wardWork;
    private final MeterRegistry registry;
    private final Duration unavailableRetry;

    public EventConsumer(EventFactory events, EventInbox inbox, WardWork wardWork, MeterRegistry registry,
            WijknetwerkConfig config) {
        this.events = events;
        this.inbox = inbox;
        this.wardWork = wardWork;
        this.registry = registry;
        this.unavailableRetry = config.events().unavailableRetry();
    }

    /**
     * @param consumer a stable name of the consuming component, part of the idempotency key
     * @return the envelope, whether or not it was processed this time
     */
    public EventEnvelope consume(String consumer, String json, Consumer<EventEnvelope> effect) {
        long giveUpAt = System.nanoTime() + unavailableRetry.toNanos();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                EventEnvelope envelope = events.read(json);
                return wardWork.inWard(envelope.wardid(), () -> apply(consumer, envelope, effect));
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causedBy(e) || System.nanoTime() > giveUpAt) {
                    // The channel's failure strategy moves the message to the dead-letter topic: count it for on-call.
                    registry.counter("wijknetwerk.events.dead.lettered", "consumer", consumer).increment();
                    throw e;
                }
                LOG.warnf("%s waits %d ms for the database before trying an event again: %s", consumer, wait.toMillis(), e.toString());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private EventEnvelope apply(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> effect) {
        if (inbox.firstDelivery(consumer, envelope.id())) {
            effect.accept(envelope);
            registry.counter("wijknetwerk.events.consumed", "consumer", consumer, "type", envelope.type()).increment();
        } else {
            LOG.debugf("%s skips redelivered event %s", consumer, envelope.id());
            registry.counter("wijknetwerk.events.redelivered", "consumer", consumer).increment();
        }
        return envelope;
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
