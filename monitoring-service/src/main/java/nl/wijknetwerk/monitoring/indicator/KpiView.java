package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wijknetwerk.monitoring.catalogue.Direction;
import nl.wijknetwerk.monitoring.catalogue.Headline;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.rebuild.IndicatorCompleteness;

/** The shapes of the KPI answers. Names come in English ({@code name}) and Dutch ({@code dutchName}). */
public final class KpiView {

    private KpiView() {
    }

    /** One indicator of a ward for a period, against its target and the previous period. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Indicator(String code, String name, String dutchName, IndicatorDefinition.Unit unit, Direction direction,
            IndicatorDefinition.Source source, BigDecimal value, Long basis, BigDecimal target, Boolean onTarget,
            BigDecimal previous, Direction.Trend trend, Map<String, BigDecimal> details) {
    }

    /** A strategic goal with its indicators; {@code onTargetPercent}: share of its indicators with a target that meet it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Goal(int number, String code, String name, String dutchName, BigDecimal onTargetPercent, List<Indicator> indicators) {
    }

    public record HeadlineMeasure(Headline headline, String label, List<String> indicators) {
    }

    /** {@code incomplete}: present while a rebuild replays the facts or after one failed (the figures are short then). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WardKpis(String ward, String period, String previousPeriod, List<HeadlineMeasure> headlines, List<Goal> goals,
            IndicatorCompleteness.Incomplete incomplete) {

        public WardKpis incomplete(IndicatorCompleteness.Incomplete why) {
            return new WardKpis(ward, period, previousPeriod, headlines, goals, why);
        }
    }

    /** Indicators of several wards side by side. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComparedIndicator(String code, String name, String dutchName, int goal, IndicatorDefinition.Unit unit, Direction direction,
            BigDecimal target, Map<String, BigDecimal> values) {
    }

    public record Comparison(String period, List<String> wards, List<ComparedIndicator> indicators) {
    }
}
