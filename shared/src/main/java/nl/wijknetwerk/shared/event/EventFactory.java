package nl.wijknetwerk.shared.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wijknetwerk.shared.WijknetwerkConfig;

/** Builds envelopes for this service and (de)serialises them; the only place that knows the wire format. */
@ApplicationScoped
public class EventFactory {

    private final ObjectMapper mapper;
    private final String source;

    public EventFactory(ObjectMapper mapper, WijknetwerkConfig config) {
        // Absent rather than null: the schemas then state what is optional once, without "null" alternatives.
        this.mapper = mapper.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        this.source = config.events().source();
    }

    public EventEnvelope envelope(String type, String ward, String subject, Object data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), type, source,
                Instant.now().truncatedTo(ChronoUnit.MICROS), subject, ward, EventEnvelope.JSON, mapper.valueToTree(data));
    }

    public String toJson(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + envelope.type(), e);
        }
    }

    /** The wire form of an envelope already made a tree (to validate it): the same text as {@link #toJson(EventEnvelope)}. */
    public String toJson(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + tree.path("type").asText(), e);
        }
    }

    public com.fasterxml.jackson.databind.JsonNode tree(EventEnvelope envelope) {
        return mapper.valueToTree(envelope);
    }

    /** Parses and validates an incoming message; anything unreadable or off-contract is a poison message. */
    public EventEnvelope read(String json) {
        try {
            var tree = mapper.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new PoisonMessageException("not a JSON object");
            }
            var problems = EventSchemas.violations(tree);
            if (!problems.isEmpty()) {
                throw new PoisonMessageException(String.join("; ", problems));
            }
            return mapper.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("unreadable JSON: " + e.getOriginalMessage());
        }
    }

    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("data of " + envelope.type() + " does not map to " + type.getSimpleName());
        }
    }

    /** A message that can never be processed; the consumer fails it so it lands on the dead-letter topic. */
    public static class PoisonMessageException extends RuntimeException {
        public PoisonMessageException(String message) {
            super(message);
        }
    }
}
