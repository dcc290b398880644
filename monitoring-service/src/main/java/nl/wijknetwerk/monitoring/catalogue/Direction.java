package nl.wijknetwerk.monitoring.catalogue;

import java.math.BigDecimal;

/** Which way an indicator should move. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER,
    /** Neither more nor less is better, but nearer the target (e.g. the triage mix against 70/25/5). */
    CLOSER_TO_TARGET,
    /** Descriptive only, such as the number of open cases. */
    NEUTRAL;

    /** @return whether the value meets the target, or null when there is no target or no value */
    public Boolean meets(BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        return switch (this) {
            case HIGHER_IS_BETTER -> value.compareTo(target) >= 0;
            case LOWER_IS_BETTER -> value.compareTo(target) <= 0;
            // Within five percentage points (or units) of the target counts as on target.
            case CLOSER_TO_TARGET -> value.subtract(target).abs().compareTo(BigDecimal.valueOf(5)) <= 0;
            case NEUTRAL -> null;
        };
    }

    /** @return how a move from {@code previous} to {@code current} should be read */
    public Trend trend(BigDecimal current, BigDecimal previous, BigDecimal target) {
        if (current == null || previous == null) {
            return Trend.NO_DATA;
        }
        int cmp = current.compareTo(previous);
        if (cmp == 0) {
            return Trend.STABLE;
        }
        return switch (this) {
            case HIGHER_IS_BETTER -> cmp > 0 ? Trend.IMPROVING : Trend.WORSENING;
            case LOWER_IS_BETTER -> cmp < 0 ? Trend.IMPROVING : Trend.WORSENING;
            case CLOSER_TO_TARGET -> target == null ? Trend.CHANGED
                    : current.subtract(target).abs().compareTo(previous.subtract(target).abs()) < 0 ? Trend.IMPROVING
                    : current.subtract(target).abs().compareTo(previous.subtract(target).abs()) > 0 ? Trend.WORSENING : Trend.STABLE;
            case NEUTRAL -> Trend.CHANGED;
        };
    }

    public enum Trend {
        IMPROVING, WORSENING, STABLE, CHANGED, NO_DATA
    }
}
