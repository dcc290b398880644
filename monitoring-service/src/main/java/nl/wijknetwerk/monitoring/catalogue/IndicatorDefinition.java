package nl.wijknetwerk.monitoring.catalogue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wijknetwerk.monitoring.indicator.Period;

/**
 * An indicator of the catalogue: what it measures, where its figures come from, which way is better and what the
 * network aims for. {@code name} is English, {@code dutch} the name Dutch pages show. {@code period} is the finest period it is meaningful for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorDefinition(String code, int goal, Headline headline, String name, String dutch, String definition, Source source,
        List<String> events, Aggregation aggregation, Unit unit, Direction direction, BigDecimal target, Period.Granularity period) {

    public enum Source {
        /** Computed from the events of the other services. */
        EVENTS,
        /** Fed by a CSV import per ward and period: figures no service produces. */
        IMPORT
    }

    /** How imported figures of finer periods make up a coarser one. */
    public enum Aggregation {
        /** A flow: the figures of the months or quarters add up. */
        SUM,
        /** A stock: the figure of the latest part counts. */
        LAST
    }

    public enum Unit {
        COUNT, PERCENT, EUR, DAYS, SCORE, AVERAGE, PER_WEEK
    }

    public boolean imported() {
        return source == Source.IMPORT;
    }
}
