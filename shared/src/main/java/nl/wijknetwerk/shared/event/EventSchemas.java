package nl.wijknetwerk.shared.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas of the event contract: one for the envelope and one per event type's {@code data}.
 * Producers validate before writing to the outbox and consumers before acting, so a payload that breaks
 * the contract never reaches a topic and never changes state (it goes to the dead-letter topic instead).
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> KNOWN_TYPES = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ENVELOPE = "cloudevent-envelope";

    private EventSchemas() {
    }

    /** @return the violations of the whole envelope including its data, empty when it conforms. */
    public static Set<String> violations(JsonNode envelope) {
        return violations(envelope, true);
    }

    /**
     * @param withData also check {@code data} against its type's schema; a consumer that passes an event's type over
     *                 checks only the envelope (and that the type is in the contract), as it will not read the data
     * @return the violations, empty when it conforms
     */
    public static Set<String> violations(JsonNode envelope, boolean withData) {
        Set<String> problems = validate(ENVELOPE, envelope);
        if (!problems.isEmpty()) {
            return problems;
        }
        String type = envelope.path("type").asText();
        if (!exists(type)) {
            return Set.of("unknown event type " + type);
        }
        return withData ? validate(type, envelope.path("data")) : Set.of();
    }

    public static void requireValid(JsonNode envelope) {
        Set<String> problems = violations(envelope);
        if (!problems.isEmpty()) {
            throw new ContractViolationException(envelope.path("type").asText(), problems);
        }
    }

    public static boolean exists(String type) {
        // Asked for every event a service reads or writes: a class-path lookup each time was a fifth of a consumer's CPU.
        // Only types found are remembered, so a stream of unknown types cannot grow the map.
        if (KNOWN_TYPES.contains(type)) {
            return true;
        }
        boolean found = EventSchemas.class.getResource(location(type)) != null;
        if (found) {
            KNOWN_TYPES.add(type);
        }
        return found;
    }

    private static Set<String> validate(String name, JsonNode node) {
        JsonSchema schema = CACHE.computeIfAbsent(name, EventSchemas::load);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private static JsonSchema load(String name) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(location(name))) {
            if (in == null) {
                throw new IllegalArgumentException("No JSON Schema for " + name);
            }
            return FACTORY.getSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON Schema for " + name, e);
        }
    }

    private static String location(String name) {
        return "/schemas/" + name + ".json";
    }

    /** An event that does not conform to its schema. */
    public static class ContractViolationException extends RuntimeException {
        public ContractViolationException(String type, Set<String> problems) {
            super("Event " + type + " violates its schema: " + problems);
        }
    }
}
