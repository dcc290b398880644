package nl.wijknetwerk.monitoring.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wijknetwerk.monitoring.rebuild.RebuildApi.RebuildStatus;
import nl.wijknetwerk.monitoring.rebuild.RebuildApi.State;

/**
 * Whether the indicators are whole. A rebuild wipes the facts before it replays the topics, so while one runs the
 * figures climb back from nothing, and after one failed they stay short until the next: whoever reads a KPI then is
 * told so rather than shown a low figure as if it were the ward's. Read from {@code rebuild_run} at most once a second
 * per replica (the KPI page is read far more often than a rebuild changes state).
 */
@ApplicationScoped
public class IndicatorCompleteness {

    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** Why the figures are incomplete: a rebuild running since {@code since}, or one that failed then. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Incomplete(State rebuild, Instant since, String reason) {
    }

    private record Reading(Optional<Incomplete> incomplete, Instant at) {
    }

    private final RebuildService rebuilds;
    private final AtomicReference<Reading> last = new AtomicReference<>();

    public IndicatorCompleteness(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** Empty when the figures are whole: no rebuild ever, or the newest one done. */
    public Optional<Incomplete> now() {
        Reading reading = last.get();
        Instant now = Instant.now();
        if (reading == null || reading.at().plus(FRESH_FOR).isBefore(now)) {
            reading = new Reading(rebuilds.latest().flatMap(IndicatorCompleteness::incomplete), now);
            last.set(reading);
        }
        return reading.incomplete();
    }

    static Optional<Incomplete> incomplete(RebuildStatus newest) {
        return switch (newest.state()) {
            case done -> Optional.empty();
            case running -> Optional.of(new Incomplete(State.running, newest.startedAt(), null));
            case failed -> Optional.of(new Incomplete(State.failed, newest.finishedAt() != null ? newest.finishedAt() : newest.startedAt(),
                    newest.reason()));
        };
    }
}
