package nl.wijknetwerk.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.indicator.Formulas.TriageRoute;

class FormulasTest {

    @Test
    void averagesRoundHalfUpToTheScaleAndNothingHasNoAverage() {
        assertThat(Formulas.average(List.of(3, 4), 1)).contains(new BigDecimal("3.5"));
        assertThat(Formulas.average(List.of(8, 8, 9), 1)).contains(new BigDecimal("8.3"));
        assertThat(Formulas.average(List.of(8, 9, 9), 1)).contains(new BigDecimal("8.7"));
        assertThat(Formulas.average(List.of(), 1)).isEmpty();
    }

    @Test
    void weightedAveragesCountEachValueByItsWeight() {
        var pulses = List.of(new Formulas.Weighted(new BigDecimal("8.0"), 30), new Formulas.Weighted(new BigDecimal("9.0"), 10));
        assertThat(Formulas.weightedAverage(pulses, 1)).contains(new BigDecimal("8.3"));
        assertThat(Formulas.weightedAverage(List.of(), 1)).isEmpty();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Formulas.median(List.of(12, 3, 7), 1)).contains(new BigDecimal("7.0"));
        assertThat(Formulas.median(List.of(2, 9, 4, 5), 1)).contains(new BigDecimal("4.5"));
        assertThat(Formulas.median(Collections.<Integer> emptyList(), 1)).isEmpty();
    }

    @Test
    void sharesAreOneDecimalPercentagesAndUndefinedForAnEmptyWhole() {
        assertThat(Formulas.percentage(1, 3)).contains(new BigDecimal("33.3"));
        assertThat(Formulas.percentage(2, 3)).contains(new BigDecimal("66.7"));
        assertThat(Formulas.percentage(0, 0)).isEmpty();
    }

    @Test
    void theTriageMixIsComparedWithSeventyTwentyFiveFive() {
        List<TriageRoute> routes = List.of(TriageRoute.COLLECTIVE_DIRECT, TriageRoute.COLLECTIVE_DIRECT, TriageRoute.COLLECTIVE_DIRECT,
                TriageRoute.GUIDED_TO_COLLECTIVE);
        Map<TriageRoute, BigDecimal> mix = Formulas.triageMix(routes);
        assertThat(mix).containsEntry(TriageRoute.COLLECTIVE_DIRECT, new BigDecimal("75.0"))
                .containsEntry(TriageRoute.GUIDED_TO_COLLECTIVE, new BigDecimal("25.0"))
                .containsEntry(TriageRoute.INDIVIDUAL_AT_HOME, new BigDecimal("0.0"));
        // 5 points too many direct, 0 guided, 5 too few at home.
        assertThat(Formulas.triageDeviation(mix)).isEqualByComparingTo("10.0");
    }

    @Test
    void savingsPerDomainAreDoNothingMinusTheChosenSolution() {
        Map<String, Long> savings = Formulas.savingsByDomain(Map.of("WMO", 1_000_000L, "ZVW", 500_000L), Map.of("WMO", 300_000L, "WELFARE", 50_000L));
        assertThat(savings).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("WMO", 700_000L, "ZVW", 500_000L, "WELFARE", -50_000L)));
        assertThat(Formulas.euros(13_239_400L)).isEqualByComparingTo("132394.00");
    }

    @Test
    void theYearEndProjectionExtrapolatesAtThePaceSoFar() {
        // Half the year gone and 45% spent: heading for 90%.
        assertThat(Formulas.projectedUtilisation(90_000_000L, 200_000_000L, 0.5)).contains(new BigDecimal("90.0"));
        assertThat(Formulas.projectedUtilisation(1L, 0L, 0.5)).isEmpty();
        assertThat(Formulas.projectedUtilisation(1L, 100L, 0)).isEmpty();
    }
}
