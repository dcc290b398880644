package nl.wijknetwerk.monitoring.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

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
     * The cases of an indicator's facts per month of {@code year} (index 0 is January), in one pass over the facts:
     * what {@link #shown} counts its groups from.
     */
    static <T> List<Set<UUID>> casesByMonth(int year, Stream<T> facts, Function<T, LocalDate> day, Function<T, UUID> caseId) {
        List<Set<UUID>> byMonth = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            byMonth.add(new HashSet<>());
        }
        facts.forEach(fact -> {
            LocalDate on = day.apply(fact);
            if (on != null && on.getYear() == year) {
                byMonth.get(on.getMonthValue() - 1).add(caseId.apply(fact));
            }
        });
        return byMonth;
    }

    /**
     * @param casesByMonth the cases of the indicator's facts per month of the period's year ({@link #casesByMonth})
     * @return whether the period's figure may be shown
     */
    static boolean shown(Period period, List<Set<UUID>> casesByMonth) {
        boolean[] monthShown = new boolean[12];
        for (int m = 0; m < 12; m++) {
            monthShown[m] = MinimumGroup.isLargeEnough(casesByMonth.get(m).size());
        }
        boolean[] quarterShown = new boolean[4];
        for (int q = 0; q < 4; q++) {
            int quarter = q;
            quarterShown[q] = MinimumGroup.isLargeEnough(cases(casesByMonth, m -> m / 3 == quarter))
                    && restSafe(cases(casesByMonth, m -> m / 3 == quarter && !monthShown[m]));
        }
        boolean yearShown = MinimumGroup.isLargeEnough(cases(casesByMonth, m -> true))
                && restSafe(cases(casesByMonth, m -> !quarterShown[m / 3] && !monthShown[m]));
        return switch (period.granularity()) {
            case YEAR -> yearShown;
            case QUARTER -> quarterShown[(period.start().getMonthValue() - 1) / 3];
            case MONTH -> monthShown[period.start().getMonthValue() - 1];
        };
    }

    /** The different cases in the months chosen: a case in two of them counts once. */
    private static long cases(List<Set<UUID>> casesByMonth, IntPredicate months) {
        Set<UUID> cases = new HashSet<>();
        for (int m = 0; m < 12; m++) {
            if (months.test(m)) {
                cases.addAll(casesByMonth.get(m));
            }
        }
        return cases.size();
    }

    private static boolean restSafe(long cases) {
        return cases == 0 || MinimumGroup.isLargeEnough(cases);
    }
}
