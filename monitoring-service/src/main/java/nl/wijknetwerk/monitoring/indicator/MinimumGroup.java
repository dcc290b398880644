package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A figure about residents' own answers or scores is published only for a group large enough that no one person's
 * answer can be read from it: at least five different cases, the same minimum the professionals' pulse keeps. With
 * one case the "average" would be that resident's score; with four and the others known, the fifth could be worked
 * out. The societal-cost savings are held back the same way: over one case they are what that resident's care costs
 * and saves, per financing domain. Figures about the process (how many cases, days to the MDO…) are not residents'
 * answers and are not held back.
 */
final class MinimumGroup {

    static final int RESIDENTS = 5;

    private MinimumGroup() {
    }

    static boolean isLargeEnough(long distinctPeople) {
        return distinctPeople >= RESIDENTS;
    }

    /**
     * A figure held back because fewer than {@link #RESIDENTS} cases gave it: no value and no basis, and the detail
     * {@value IndicatorValue#WITHHELD_BELOW} = 5, which says why there is no figure (the report writes "fewer than 5
     * cases" instead of "no data"). The basis is left out as it is for every withheld figure: the reader learns why
     * from the detail, and a count of fewer than five adds nothing a reader needs to act on.
     */
    static IndicatorValue withheld() {
        return new IndicatorValue(null, null, Map.of(IndicatorValue.WITHHELD_BELOW, BigDecimal.valueOf(RESIDENTS)));
    }

    /**
     * A residents' figure asked for a month: held back, for a month is not made of whole groups of five
     * ({@link ResidentGroups}); the detail {@value IndicatorValue#WHOLE_QUARTERS} says it is given per quarter and year.
     */
    static IndicatorValue withheldPerMonth() {
        Map<String, BigDecimal> details = new java.util.LinkedHashMap<>(); // this order in the report's CSV
        details.put(IndicatorValue.WITHHELD_BELOW, BigDecimal.valueOf(RESIDENTS));
        details.put(IndicatorValue.WHOLE_QUARTERS, BigDecimal.ONE);
        return new IndicatorValue(null, null, java.util.Collections.unmodifiableMap(details));
    }
}
