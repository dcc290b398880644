package nl.wijknetwerk.monitoring;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of monitoring-service. */
@ConfigMapping(prefix = "wijknetwerk.monitoring")
public interface MonitoringConfig {

    /** Import the ward profiles shipped as demo data when their ward is onboarded. */
    @WithDefault("true")
    boolean demoProfiles();

    Rebuild rebuild();

    /**
     * Of how many wards (the most recently read) a replica keeps the facts in memory, reading only what changed since
     * the last read; a ward beyond them is read whole again when its turn comes.
     */
    @WithDefault("32")
    int wardsInMemory();

    KpiPage kpiPage();

    interface KpiPage {
        /**
         * How long a stored KPI page may still be shown after the ward's facts changed (0s: never). Under a steady
         * stream of events a page would otherwise be computed afresh on nearly every read; with this bound it is
         * computed at most about once per period, and an event still shows within this much of being taken in.
         */
        @WithDefault("250ms")
        Duration maxAge();
    }

    interface Rebuild {
        /** The topics a rebuild re-reads from offset zero. */
        @WithDefault("network.events,cases.events,budget.events")
        java.util.List<String> topics();

        /** How long a rebuild waits for the broker, or for its next events, before it gives up (not its whole length). */
        @WithDefault("60s")
        Duration timeout();

        /**
         * A rebuild still marked running this long after it started is taken to have died with its replica (killed,
         * evicted): it is reported failed and no longer stands in the way of a new one.
         */
        @WithDefault("30m")
        Duration abandonedAfter();
    }
}
