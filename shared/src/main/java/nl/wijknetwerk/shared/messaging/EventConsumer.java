package nl.wijknetwerk.shared.messaging;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventFactory;
import nl.wijknetwerk.shared.ward.WardWork;

/**
 * The one way a service consumes an event: parse and validate it (a poison message throws, and the channel's
 * dead-letter strategy moves it aside), act as the event's ward ({@link WardWork}), skip redeliveries, and apply the
 * effect, all in one transaction. Callers annotate their {@code @Incoming} method with {@code @Blocking} and delegate here.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventFactory events;
    private final EventInbox inbox;
    private final WardWork wardWork;
    private final MeterRegistry registry;

    public EventConsumer(EventFactory events, EventInbox inbox, WardWork wardWork, MeterRegistry registry) {
        this.events = events;
        this.inbox = inbox;
        this.wardWork = wardWork;
        this.registry = registry;
    }

    /**
     * @param consumer a stable name of the consuming component, part of the idempotency key
     * @return the envelope, whether or not it was processed this time
     */
    public EventEnvelope consume(String consumer, String json, Consumer<EventEnvelope> effect) {
        EventEnvelope envelope = events.read(json);
        return wardWork.inWard(envelope.wardid(), () -> {
            if (inbox.firstDelivery(consumer, envelope.id())) {
                effect.accept(envelope);
                registry.counter("wijknetwerk.events.consumed", "consumer", consumer, "type", envelope.type()).increment();
            } else {
                LOG.debugf("%s skips redelivered event %s", consumer, envelope.id());
                registry.counter("wijknetwerk.events.redelivered", "consumer", consumer).increment();
            }
            return envelope;
        });
    }
}
