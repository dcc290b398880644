package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A computed indicator: its value (null = no data for the period), the number of observations it rests on
 * ({@code basis}: cases, measurements, respondents… null where it is a single figure) and a breakdown. A figure about
 * residents' own scores or answers that rests on too few cases is held back: value and basis null, and the detail
 * {@link #WITHHELD_BELOW} naming the minimum group it did not reach.
 */
public record IndicatorValue(BigDecimal value, Long basis, Map<String, BigDecimal> details) {

    /** The detail of a figure held back for privacy: the number of different cases it needs before it is published. */
    public static final String WITHHELD_BELOW = "withheldBelow";

    /** Beside {@link #WITHHELD_BELOW} for a month: residents' figures are given per quarter and per year only. */
    public static final String WHOLE_QUARTERS = "quartersAndYearsOnly";

    public static IndicatorValue of(BigDecimal value, long basis) {
        return new IndicatorValue(value, basis, Map.of());
    }

    public static IndicatorValue count(long count) {
        return new IndicatorValue(BigDecimal.valueOf(count), null, Map.of());
    }

    public static IndicatorValue none() {
        return new IndicatorValue(null, 0L, Map.of());
    }

    /** Whether the figure is held back because too few cases gave it (not: there is no data). */
    public static boolean withheld(Map<String, BigDecimal> details) {
        return details != null && details.containsKey(WITHHELD_BELOW);
    }
}
