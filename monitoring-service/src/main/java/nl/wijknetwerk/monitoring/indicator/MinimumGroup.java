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
     * The parts of a published whole (existing and new cases of the savings) are shown only when none of them rests
     * on one to four cases: with the whole published, the whole minus the other parts would give that small part away.
     * An empty part gives nothing away.
     */
    static boolean partsLargeEnough(long... casesPerPart) {
        for (long cases : casesPerPart) {
            if (cases > 0 && !isLargeEnough(cases)) {
                return false;
            }
        }
        return true;
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
}
