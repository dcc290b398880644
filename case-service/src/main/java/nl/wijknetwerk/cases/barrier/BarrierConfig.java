package nl.wijknetwerk.cases.barrier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Escalation thresholds for open barriers. */
@ConfigMapping(prefix = "wijknetwerk.barriers")
public interface BarrierConfig {

    /** Days open before the managers of the partner organisations take it up. */
    @WithDefault("14")
    int managerAfterDays();

    /** Days open before the directors (steungroep) take it up. */
    @WithDefault("42")
    int directorAfterDays();

    /** When the daily escalation runs (Quartz-style cron, or {@code off}). */
    @WithDefault("0 0 6 * * ?")
    String escalationCron();

    default EscalationPolicy policy() {
        return new EscalationPolicy(managerAfterDays(), directorAfterDays());
    }
}
