package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The arithmetic behind the indicators, kept free of persistence so every rule is unit tested. Averages and medians
 * of nothing are empty (shown as "no data"), never zero: zero would read as a measured result.
 */
public final class Formulas {

    /** Where help lands after triage, with the share the Samenwerkwijze expects (70/25/5). */
    public enum TriageRoute {
        COLLECTIVE_DIRECT(70), GUIDED_TO_COLLECTIVE(25), INDIVIDUAL_AT_HOME(5);

        public final int expectedPercent;

        TriageRoute(int expectedPercent) {
            this.expectedPercent = expectedPercent;
        }
    }

    private Formulas() {
    }

    public static Optional<BigDecimal> average(Collection<? extends Number> values, int scale) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().map(Formulas::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP));
    }

    /** A value that counts as often as its weight (e.g. a pulse average weighted by its respondents). */
    public record Weighted(BigDecimal value, long weight) {
    }

    public static Optional<BigDecimal> weightedAverage(List<Weighted> values, int scale) {
        long weights = values.stream().mapToLong(Weighted::weight).sum();
        if (weights <= 0) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().map(w -> w.value().multiply(BigDecimal.valueOf(w.weight()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(weights), scale, RoundingMode.HALF_UP));
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    public static Optional<BigDecimal> median(Collection<? extends Number> values, int scale) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(values.stream().map(Formulas::decimal).sorted().toList());
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), scale + 2, RoundingMode.HALF_UP);
        return Optional.of(middle.setScale(scale, RoundingMode.HALF_UP));
    }

    /** {@code part} of {@code whole} in percent, one decimal; empty when the whole is zero. */
    public static Optional<BigDecimal> percentage(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** The share of each triage route among the routed cases, in percent; routes not seen show 0. */
    public static Map<TriageRoute, BigDecimal> triageMix(Collection<TriageRoute> routes) {
        Map<TriageRoute, BigDecimal> mix = new EnumMap<>(TriageRoute.class);
        for (TriageRoute route : TriageRoute.values()) {
            long count = routes.stream().filter(route::equals).count();
            mix.put(route, percentage(count, routes.size()).orElse(BigDecimal.ZERO.setScale(1)));
        }
        return mix;
    }

    /** Percentage points by which the observed mix deviates from 70/25/5 in total (0 = exactly as expected). */
    public static BigDecimal triageDeviation(Map<TriageRoute, BigDecimal> mix) {
        return mix.entrySet().stream()
                .map(e -> e.getValue().subtract(BigDecimal.valueOf(e.getKey().expectedPercent)).abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    /** Yearly saving per financing domain: the do-nothing scenario minus the chosen solution, in cents. */
    public static Map<String, Long> savingsByDomain(Map<String, Long> doNothing, Map<String, Long> chosen) {
        Map<String, Long> savings = new TreeMap<>();
        doNothing.forEach((domain, cents) -> savings.merge(domain, cents, Long::sum));
        chosen.forEach((domain, cents) -> savings.merge(domain, -cents, Long::sum));
        return savings;
    }

    /** Adds cents per key, for totals over several analyses. */
    public static void addTo(Map<String, Long> total, Map<String, Long> more) {
        more.forEach((key, cents) -> total.merge(key, cents, Long::sum));
    }

    /** Cents as euros with two decimals, exactly. */
    public static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * Year-end spending projected from the spending so far at the pace of the part of the year that has passed,
     * in percent of the budget; empty without a budget or before the year started.
     */
    public static Optional<BigDecimal> projectedUtilisation(long spentCents, long budgetCents, double elapsedFraction) {
        if (budgetCents <= 0 || elapsedFraction <= 0) {
            return Optional.empty();
        }
        BigDecimal projected = BigDecimal.valueOf(spentCents).divide(BigDecimal.valueOf(elapsedFraction), 10, RoundingMode.HALF_UP);
        return Optional.of(projected.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(budgetCents), 1, RoundingMode.HALF_UP));
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal b ? b : n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : BigDecimal.valueOf(n.longValue());
    }
}
