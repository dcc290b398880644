package nl.wijknetwerk.testing;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;

/** Publishes contract-valid events the way another service would, for tests of a consumer. */
public final class TestEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestEvents() {
    }

    /** @return the envelope as sent (its id is the idempotency key) */
    public static ObjectNode publish(String topic, String type, String ward, String subject, String dataJson) {
        return publish(topic, envelope(type, ward, subject, dataJson));
    }

    public static ObjectNode publish(String topic, ObjectNode envelope) {
        EventSchemas.requireValid(envelope);
        TopicProbe.send(KafkaBroker.bootstrapServers(), topic, envelope.path("subject").asText(), envelope.toString());
        return envelope;
    }

    public static ObjectNode envelope(String type, String ward, String subject, String dataJson) {
        try {
            ObjectNode e = MAPPER.createObjectNode();
            e.put("specversion", "1.0");
            e.put("id", UUID.randomUUID().toString());
            e.put("type", type);
            e.put("source", "/wijknetwerk/test");
            e.put("time", Instant.now().toString());
            e.put("subject", subject);
            e.put("wardid", ward);
            e.put("datacontenttype", "application/json");
            e.set("data", MAPPER.readTree(dataJson));
            return e;
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public static ObjectNode wardOnboarded(String slug) {
        return publish(Topics.NETWORK, EventTypes.WARD_ONBOARDED, slug, slug, """
                {"slug": "%s", "name": "%s", "municipality": "Oss", "timeZone": "Europe/Amsterdam", "startDate": "2024-01-01"}"""
                .formatted(slug, slug.substring(0, 1).toUpperCase() + slug.substring(1)));
    }

    public static ObjectNode wardSuspended(String slug) {
        return publish(Topics.NETWORK, EventTypes.WARD_SUSPENDED, slug, slug, "{\"slug\": \"" + slug + "\"}");
    }
}
