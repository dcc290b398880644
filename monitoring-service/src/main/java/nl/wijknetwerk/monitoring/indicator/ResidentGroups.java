package nl.wijknetwerk.monitoring.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Residents' figures (their scores, answers and care costs) count residents in whole groups of
 * {@link MinimumGroup#RESIDENTS}: per quarter, in the order their facts were recorded, a group closes when it holds
 * facts of five different cases, and only closed groups count. A quarter's last one to four cases wait until the
 * group they are in is full.
 * <p>
 * Why: a figure may be read on any day and for any period a reader chooses. With every published figure made of whole
 * groups of one partition, every difference a reader can form — the same period read before and after a new
 * measurement, a year minus its quarters, the savings' total minus one of its parts — is again made of whole groups,
 * so it never rests on one to four residents. A month is not made of whole groups and gets no residents' figure.
 * <p>
 * The groups depend only on the facts and their recording order, never on the day of asking or on what was asked
 * before, and a fact once in a closed group stays in it (a rebuild from the topics gives the same groups, since the
 * recording time is the event's own).
 */
final class ResidentGroups {

    private ResidentGroups() {
    }

    /**
     * The facts that count: those in closed groups. Facts of a quarter form groups in recording order (ties broken by
     * the fact's id); a case whose fact arrives after its earlier one's group closed counts again in the group it
     * arrives in.
     */
    static <T> Set<T> counted(Collection<T> facts, Function<T, LocalDate> day, Function<T, Instant> recordedAt,
            Function<T, UUID> id, Function<T, UUID> caseId) {
        Map<LocalDate, List<T>> byQuarter = facts.stream().filter(f -> day.apply(f) != null)
                .collect(Collectors.groupingBy(f -> quarterStart(day.apply(f)), TreeMap::new, Collectors.toList()));
        Set<T> counted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Comparator<T> arrival = Comparator.comparing(recordedAt).thenComparing(id);
        for (List<T> quarter : byQuarter.values()) {
            quarter.sort(arrival);
            List<T> group = new ArrayList<>();
            Set<UUID> cases = new HashSet<>();
            for (T fact : quarter) {
                group.add(fact);
                cases.add(caseId.apply(fact));
                if (cases.size() == MinimumGroup.RESIDENTS) {
                    counted.addAll(group);
                    group.clear();
                    cases.clear();
                }
            }
        }
        return counted;
    }

    /** Whether residents' figures of the period are made of whole groups: a quarter or a year, never a month. */
    static boolean wholeGroups(Period period) {
        return period.granularity() != Period.Granularity.MONTH;
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
