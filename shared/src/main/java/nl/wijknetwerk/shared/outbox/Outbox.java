package nl.wijknetwerk.shared.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.shared.WijknetwerkConfig;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventFactory;
import nl.wijknetwerk.shared.event.EventSchemas;

/**
 * Records an event in the same database transaction as the change it describes. If the transaction rolls
 * back, the event was never there; once it commits, the relay delivers it at least once.
 */
@ApplicationScoped
public class Outbox {

    private final EventFactory events;
    private final Event<OutboxWritten> written;
    private final String topic;

    public Outbox(EventFactory events, Event<OutboxWritten> written, WijknetwerkConfig config) {
        this.events = events;
        this.written = written;
        this.topic = config.events().topic();
    }

    /**
     * @param ward    the ward (tenant) the event belongs to
     * @param subject the aggregate id; also the Kafka key
     * @param data    the payload, validated against the type's JSON Schema
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String type, String ward, String subject, Object data) {
        EventEnvelope envelope = events.envelope(type, ward, subject, data);
        // Built once: the tree that is validated is the one written.
        var tree = events.tree(envelope);
        // A service that emits off-contract events has a bug; refuse it here rather than poison consumers.
        EventSchemas.requireValid(tree);
        String json = events.toJson(tree);
        OutboxMessage message = new OutboxMessage();
        message.id = envelope.id();
        message.topic = topic;
        message.key = subject;
        message.type = type;
        message.ward = ward;
        message.envelope = json;
        message.createdAt = envelope.time();
        message.persist();
        written.fire(new OutboxWritten(message.id));
        return envelope;
    }

    /** Fired inside the transaction; the relay observes it after commit to deliver without waiting for a sweep. */
    public record OutboxWritten(java.util.UUID id) {
    }
}
