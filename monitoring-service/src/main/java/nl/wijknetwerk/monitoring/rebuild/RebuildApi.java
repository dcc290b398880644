package nl.wijknetwerk.monitoring.rebuild;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The records of a rebuild of the indicator store. */
public final class RebuildApi {

    private RebuildApi() {
    }

    /** Where a rebuild stands; {@code events}/{@code skipped} once done, {@code reason} once failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(examples = "{\"id\": \"0b6a3c1e-6f0f-4a57-9d0e-3d1f4c9b2a10\", \"state\": \"done\", \"startedAt\": \"2026-12-02T09:00:00Z\","
            + " \"finishedAt\": \"2026-12-02T09:02:41Z\", \"events\": 48211, \"skipped\": 1}")
    public record RebuildStatus(UUID id, State state, Instant startedAt, Instant finishedAt, Long events, Long skipped,
            String reason) {
    }

    public enum State {
        running, done, failed
    }
}
