package nl.wijknetwerk.cases.rights;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long case-service keeps each kind of record (docs/privacy.md). */
@ConfigMapping(prefix = "wijknetwerk.retention")
public interface RetentionConfig {

    /** Access log lines: NEN 7513 asks at least five years; a shorter setting is raised to five. */
    @WithDefault("P5Y")
    Period accessLog();

    /** A closed case with everything recorded at it, counted from the day it was closed. */
    @WithDefault("P15Y")
    Period closedCase();

    /** A resident's record and network once none of her cases is left, counted from her registration. */
    @WithDefault("P15Y")
    Period resident();

    /** When the nightly retention run starts (Quartz-style cron, or {@code off}). */
    @WithDefault("0 30 3 * * ?")
    String cron();
}
