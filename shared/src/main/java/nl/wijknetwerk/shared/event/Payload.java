package nl.wijknetwerk.shared.event;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading fields of an event's {@code data}. The schema has validated the payload already, so a required field is
 * read as present; an optional one is {@code null} when absent (optional fields are omitted, never null).
 */
public final class Payload {

    private Payload() {
    }

    /** A required id. */
    public static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }

    /** A required date ({@code yyyy-MM-dd}). */
    public static LocalDate date(JsonNode data, String field) {
        return LocalDate.parse(data.path(field).asText());
    }

    /** An optional text; {@code null} when absent. */
    public static String text(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.get(field).asText() : null;
    }

    /** An optional whole number; {@code null} when absent. */
    public static Integer integer(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.get(field).asInt() : null;
    }
}
