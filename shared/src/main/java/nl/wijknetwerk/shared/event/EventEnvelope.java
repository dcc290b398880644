package nl.wijknetwerk.shared.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code id} is the idempotency key,
 * {@code subject} the aggregate id (also the Kafka key, so one aggregate's events keep their order),
 * {@code wardid} the CloudEvents extension that names the ward (tenant) the event belongs to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String type,
        String source,
        Instant time,
        String subject,
        String wardid,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
