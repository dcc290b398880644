package nl.wijknetwerk.cases.barrier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * When an open barrier climbs: to the managers of the partner organisations once it has been open for
 * {@code managerAfterDays}, to the directors (the steungroep) after {@code directorAfterDays}. A barrier that was
 * missed for a while climbs every level it passed, so no level is skipped.
 */
public record EscalationPolicy(int managerAfterDays, int directorAfterDays) {

    public enum Level {
        TEAM, MANAGER, DIRECTOR
    }

    public EscalationPolicy {
        if (managerAfterDays < 0 || directorAfterDays <= managerAfterDays) {
            throw new IllegalArgumentException("Need 0 <= managerAfterDays < directorAfterDays");
        }
    }

    public static long daysOpen(LocalDate reportedOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(reportedOn, today));
    }

    /** The level an open barrier reported on that day belongs at today. */
    public Level levelFor(LocalDate reportedOn, LocalDate today) {
        long open = daysOpen(reportedOn, today);
        if (open >= directorAfterDays) {
            return Level.DIRECTOR;
        }
        return open >= managerAfterDays ? Level.MANAGER : Level.TEAM;
    }

    /** The levels to climb from {@code current}, in order (empty when it is where it belongs). */
    public List<Level> climb(Level current, LocalDate reportedOn, LocalDate today) {
        Level target = levelFor(reportedOn, today);
        List<Level> out = new ArrayList<>();
        for (Level l : Level.values()) {
            if (l.compareTo(current) > 0 && l.compareTo(target) <= 0) {
                out.add(l);
            }
        }
        return out;
    }
}
