package nl.wijknetwerk.cases.microanalysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.wijknetwerk.cases.pricelist.FinancingDomain;

/**
 * The arithmetic of a micro-analysis: the yearly societal cost of three scenarios priced from one price-list
 * edition, and the savings of the chosen solution.
 * <p>
 * Rounding: a line costs quantity per year × unit price; quantities may be fractional (2.5 hours a week is
 * 130 hours a year, half an hour is 0.5), so the product is computed exactly with {@link BigDecimal} and rounded
 * <em>once per line</em> to whole euro cents, half-even (banker's rounding, so a series of .5 cents does not drift
 * upwards). Totals are then exact sums of whole cents, so scenario totals equal the sum of their domains.
 */
public final class Pricing {

    private Pricing() {
    }

    public enum Scenario {
        /** The situation now, before (or without) the Samenwerkwijze. */
        CURRENT,
        /** What it would cost if nobody did anything: the situation escalating. */
        DO_NOTHING,
        /** The solution agreed at the kitchen table (proeftuinoplossing). */
        CHOSEN
    }

    /** One priced intervention of a scenario. */
    public record Line(String itemCode, FinancingDomain domain, long unitPriceCents, BigDecimal quantityPerYear) {

        public Line {
            if (quantityPerYear.signum() < 0) {
                throw new IllegalArgumentException("quantity per year cannot be negative: " + quantityPerYear);
            }
        }

        public long cents() {
            return lineCents(unitPriceCents, quantityPerYear);
        }
    }

    public record ScenarioTotal(long totalCents, Map<FinancingDomain, Long> byDomainCents) {
    }

    /** Totals per scenario and the savings: positive means the chosen solution costs society less. */
    public record Outcome(ScenarioTotal current, ScenarioTotal doNothing, ScenarioTotal chosen) {

        public long savingsVsCurrentCents() {
            return current.totalCents() - chosen.totalCents();
        }

        public long savingsVsDoNothingCents() {
            return doNothing.totalCents() - chosen.totalCents();
        }
    }

    /** quantity × unit price, rounded half-even to the cent. */
    public static long lineCents(long unitPriceCents, BigDecimal quantity) {
        return quantity.multiply(BigDecimal.valueOf(unitPriceCents)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The total of a scenario and its split over financing domains (only domains that occur are listed). */
    public static ScenarioTotal total(List<Line> lines) {
        Map<FinancingDomain, Long> byDomain = new EnumMap<>(FinancingDomain.class);
        long total = 0;
        for (Line line : lines) {
            long cents = line.cents();
            byDomain.merge(line.domain(), cents, Math::addExact);
            total = Math.addExact(total, cents);
        }
        return new ScenarioTotal(total, Collections.unmodifiableMap(byDomain));
    }

    public static Outcome outcome(List<Line> current, List<Line> doNothing, List<Line> chosen) {
        return new Outcome(total(current), total(doNothing), total(chosen));
    }
}
