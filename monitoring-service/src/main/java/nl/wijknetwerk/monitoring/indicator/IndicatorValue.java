package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A computed indicator: its value (null = no data for the period), the number of observations it rests on
 * ({@code basis}: cases, measurements, respondents… null where it is a single figure) and a breakdown.
 */
public record IndicatorValue(BigDecimal value, Long basis, Map<String, BigDecimal> details) {

    public static IndicatorValue of(BigDecimal value, long basis) {
        return new IndicatorValue(value, basis, Map.of());
    }

    public static IndicatorValue count(long count) {
        return new IndicatorValue(BigDecimal.valueOf(count), null, Map.of());
    }

    public static IndicatorValue none() {
        return new IndicatorValue(null, 0L, Map.of());
    }
}
