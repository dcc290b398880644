package nl.wijknetwerk.monitoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.indicator.Indicators;
import nl.wijknetwerk.monitoring.indicator.Period;

class CatalogueTest {

    final Catalogue catalogue = Catalogue.load();

    @Test
    void fiveGoalsEachWithIndicatorsThatSayWhatTheyMeasure() {
        assertThat(catalogue.goals()).extracting(Goal::number).containsExactly(1, 2, 3, 4, 5);
        for (Goal goal : catalogue.goals()) {
            assertThat(catalogue.indicatorsOf(goal.number())).as("goal " + goal.number()).isNotEmpty();
        }
        for (IndicatorDefinition i : catalogue.indicators()) {
            assertThat(i.definition()).as(i.code()).isNotBlank();
            assertThat(i.unit()).as(i.code()).isNotNull();
            assertThat(i.direction()).as(i.code()).isNotNull();
            assertThat(i.period()).as(i.code()).isNotNull();
        }
    }

    @Test
    void everyEventIndicatorIsComputedAndNamesTheEventsItComesFrom() {
        List<String> fromEvents = catalogue.indicators().stream().filter(i -> !i.imported()).map(IndicatorDefinition::code).toList();
        assertThat(fromEvents).containsExactlyInAnyOrderElementsOf(Indicators.COMPUTED);
        catalogue.indicators().stream().filter(i -> !i.imported())
                .forEach(i -> assertThat(i.events()).as(i.code()).isNotEmpty().allSatisfy(t -> assertThat(nl.wijknetwerk.shared.event.EventTypes.ALL).contains(t)));
    }

    @Test
    void theFiguresNoServiceProducesAreImported() {
        assertThat(catalogue.indicators().stream().filter(IndicatorDefinition::imported).map(IndicatorDefinition::code))
                .containsExactlyInAnyOrder("pgb-count", "objections-appeals", "gp-visits", "crises");
    }

    @Test
    void theHeadlineTriadCoversWellbeingWorkSatisfactionAndFinances() {
        assertThat(catalogue.headline(Headline.GOED_LEVEN)).extracting(IndicatorDefinition::code).contains("wellbeing-t1");
        assertThat(catalogue.headline(Headline.MOOI_WERK)).extracting(IndicatorDefinition::code).contains("work-satisfaction");
        assertThat(catalogue.headline(Headline.FINANCIEEL_GEZOND)).extracting(IndicatorDefinition::code)
                .contains("societal-cost-savings", "budget-utilisation");
    }

    @Test
    void aCatalogueWithAnIndicatorUnderAnUnknownGoalIsRefused() {
        var stray = new IndicatorDefinition("x", 9, null, "X", "X", "x", IndicatorDefinition.Source.EVENTS, List.of(), null,
                IndicatorDefinition.Unit.COUNT, Direction.NEUTRAL, null, Period.Granularity.MONTH);
        assertThatThrownBy(() -> new Catalogue(catalogue.goals(), List.of(stray))).hasMessageContaining("unknown goal");
    }

    @Test
    void directionsJudgeTargetsAndTrends() {
        BigDecimal seven = BigDecimal.valueOf(7);
        assertThat(Direction.HIGHER_IS_BETTER.meets(new BigDecimal("8.3"), seven)).isTrue();
        assertThat(Direction.LOWER_IS_BETTER.meets(new BigDecimal("8.3"), seven)).isFalse();
        assertThat(Direction.CLOSER_TO_TARGET.meets(new BigDecimal("74.0"), BigDecimal.valueOf(70))).isTrue();
        assertThat(Direction.CLOSER_TO_TARGET.meets(new BigDecimal("60.0"), BigDecimal.valueOf(70))).isFalse();
        assertThat(Direction.NEUTRAL.meets(BigDecimal.ONE, seven)).isNull();
        assertThat(Direction.HIGHER_IS_BETTER.trend(new BigDecimal("8.5"), new BigDecimal("8.3"), seven)).isEqualTo(Direction.Trend.IMPROVING);
        assertThat(Direction.LOWER_IS_BETTER.trend(new BigDecimal("8.5"), new BigDecimal("8.3"), seven)).isEqualTo(Direction.Trend.WORSENING);
        assertThat(Direction.CLOSER_TO_TARGET.trend(new BigDecimal("72"), new BigDecimal("60"), BigDecimal.valueOf(70))).isEqualTo(Direction.Trend.IMPROVING);
        assertThat(Direction.HIGHER_IS_BETTER.trend(new BigDecimal("8.5"), null, seven)).isEqualTo(Direction.Trend.NO_DATA);
    }
}
