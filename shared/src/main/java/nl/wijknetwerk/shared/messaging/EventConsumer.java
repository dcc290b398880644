package nl.wijknetwerk.shared.messaging;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventFactory;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * The one way a service consumes an event: parse and validate it (a poison message throws, and the channel's
 * dead-letter strategy moves it aside), act as the event's ward, skip redeliveries, and apply the effect, all in
 * one transaction. Callers annotate their {@code @Incoming} method with {@code @Blocking} and delegate here.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventFactory events;
    private final EventInbox inbox;
    private final WardContext ward;
    private final MeterRegistry registry;

    public EventConsumer(EventFactory events, EventInbox inbox, WardContext ward, MeterRegistry registry) {
        this.events = events;
        this.inbox = inbox;
        this.ward = ward;
        this.registry = registry;
    }

    /**
     * @param consumer a stable name of the consuming component, part of the idempotency key
     * @return the envelope, whether or not it was processed this time
     */
    @ActivateRequestContext
    @Transactional
    public EventEnvelope consume(String consumer, String json, Consumer<EventEnvelope> effect) {
        try {
            return consumeOnce(consumer, json, effect);
        } catch (RuntimeException e) {
            // The channel's failure strategy moves the message to the dead-letter topic: count it for on-call.
            registry.counter("wijknetwerk.events.dead.lettered", "consumer", consumer).increment();
            throw e;
        }
    }

    private EventEnvelope consumeOnce(String consumer, String json, Consumer<EventEnvelope> effect) {
        EventEnvelope envelope = events.read(json);
        // The ward must be set before the first database access: Hibernate fixes the tenant when the session opens.
        ward.actAsSystem(envelope.wardid());
        if (inbox.firstDelivery(consumer, envelope.id())) {
            effect.accept(envelope);
            registry.counter("wijknetwerk.events.consumed", "consumer", consumer, "type", envelope.type()).increment();
        } else {
            LOG.debugf("%s skips redelivered event %s", consumer, envelope.id());
            registry.counter("wijknetwerk.events.redelivered", "consumer", consumer).increment();
        }
        return envelope;
    }
}
