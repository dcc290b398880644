package nl.wijknetwerk.monitoring.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Which periods' residents' figures may be shown together, so that no difference of shown figures gives away a
 * group of fewer than {@link MinimumGroup#RESIDENTS} cases. Anyone may ask for a year, each of its quarters and each
 * of its months; a year's sum minus its shown quarters is the rest of the year, and a quarter minus its shown months
 * is the rest of that quarter. So a period is shown only when it has at least five cases and what is left of it
 * after its shown parts (its "rest") has none or at least five. Decided for a whole year at once, months first, so
 * the answer for a period does not depend on which periods were asked before.
 * <p>
 * What it does not prevent: the same period read on two days, before and after one resident's figure arrives. That
 * is the running period's nature; the minimum group applies to each reading.
 */
final class PeriodDisclosure {

    private PeriodDisclosure() {
    }

    /**
     * @param casesWhere the number of different cases whose facts for this indicator fall on a day the predicate
     *                   accepts
     * @return whether the period's figure may be shown
     */
    static boolean shown(Period period, ToLongFunction<Predicate<LocalDate>> casesWhere) {
        int year = period.start().getYear();
        boolean[] monthShown = new boolean[12];
        for (int m = 0; m < 12; m++) {
            YearMonth month = YearMonth.of(year, m + 1);
            monthShown[m] = MinimumGroup.isLargeEnough(casesWhere.applyAsLong(day -> day != null && YearMonth.from(day).equals(month)));
        }
        boolean[] quarterShown = new boolean[4];
        for (int q = 0; q < 4; q++) {
            int quarter = q;
            long cases = casesWhere.applyAsLong(day -> day != null && day.getYear() == year && (day.getMonthValue() - 1) / 3 == quarter);
            quarterShown[q] = MinimumGroup.isLargeEnough(cases) && restSafe(casesWhere.applyAsLong(day -> day != null && day.getYear() == year
                    && (day.getMonthValue() - 1) / 3 == quarter && !monthShown[day.getMonthValue() - 1]));
        }
        boolean yearShown = MinimumGroup.isLargeEnough(casesWhere.applyAsLong(day -> day != null && day.getYear() == year))
                && restSafe(casesWhere.applyAsLong(day -> day != null && day.getYear() == year
                        && !quarterShown[(day.getMonthValue() - 1) / 3] && !monthShown[day.getMonthValue() - 1]));
        return switch (period.granularity()) {
            case YEAR -> yearShown;
            case QUARTER -> quarterShown[(period.start().getMonthValue() - 1) / 3];
            case MONTH -> monthShown[period.start().getMonthValue() - 1];
        };
    }

    private static boolean restSafe(long cases) {
        return cases == 0 || MinimumGroup.isLargeEnough(cases);
    }
}
