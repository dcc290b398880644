package nl.wijknetwerk.shared.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
    public String toJson(JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + tree.path("type").asText(), e);
        }
    }

    public JsonNode tree(EventEnvelope envelope) {
        return mapper.valueToTree(envelope);
    }

    /** Parses and validates an incoming message; anything unreadable or off-contract is a poison message. */
    public EventEnvelope read(String json) {
        return read(json, type -> true);
    }

    /**
     * As {@link #read(String)}, checking {@code data} against its type's schema only for the types {@code readsData}
     * accepts: a consumer that passes a type over never looks at its data (the envelope and the type are checked always).
     */
    public EventEnvelope read(String json, Predicate<String> readsData) {
        try {
            var tree = mapper.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new PoisonMessageException("not a JSON object");
            }
            var problems = EventSchemas.violations(tree, readsData.test(tree.path("type").asText()));
            if (!problems.isEmpty()) {
                throw new PoisonMessageException(String.join("; ", problems));
            }
            return envelope(tree);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("unreadable JSON: " + e.getOriginalMessage());
        }
    }

    /** A validated envelope tree as the record, field by field (data-binding it was a quarter of reading an event). */
    private static EventEnvelope envelope(JsonNode tree) {
        try {
            return new EventEnvelope(text(tree, "specversion"), UUID.fromString(tree.path("id").asText()), text(tree, "type"),
                    text(tree, "source"), OffsetDateTime.parse(tree.path("time").asText()).toInstant(), text(tree, "subject"),
                    text(tree, "wardid"), text(tree, "datacontenttype"), tree.get("data"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new PoisonMessageException("unreadable envelope: " + e.getMessage());
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || value.isNull() ? null : value.asText();
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
