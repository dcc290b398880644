package nl.wijknetwerk.monitoring.facts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids derived from a natural key, so that applying the same event again (or a replay) finds the same row. */
public final class FactIds {

    private FactIds() {
    }

    public static UUID of(String kind, String... parts) {
        return UUID.nameUUIDFromBytes((kind + '\u0000' + String.join("\u0000", parts)).getBytes(StandardCharsets.UTF_8));
    }
}
