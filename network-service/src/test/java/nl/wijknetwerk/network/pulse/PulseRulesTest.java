package nl.wijknetwerk.network.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.network.pulse.PulseAggregate.Scores;

class PulseRulesTest {

    @Test
    void aQuarterRunsOverThreeCalendarMonths() {
        assertThat(Quarter.of(LocalDate.of(2025, 3, 31))).hasToString("2025-Q1");
        assertThat(Quarter.of(LocalDate.of(2025, 4, 1))).hasToString("2025-Q2");
        assertThat(Quarter.of(LocalDate.of(2025, 12, 31))).hasToString("2025-Q4");
        assertThat(Quarter.parse("2024-Q4").lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Quarter.parse("2024-Q2").firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Quarter.parse("2025-Q1").previous()).hasToString("2024-Q4");
        assertThat(Quarter.parse("2025-Q3").previous()).hasToString("2025-Q2");
        assertThatThrownBy(() -> Quarter.parse("2024-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse("2024-03")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void averagesAreRoundedToOneDecimalHalfUp() {
        PulseAggregate aggregate = PulseAggregate.of(List.of(new Scores(9, 9), new Scores(9, 9), new Scores(9, 9),
                new Scores(9, 10), new Scores(10, 9), new Scores(9, 10)), 5).orElseThrow();
        assertThat(aggregate.respondents()).isEqualTo(6);
        assertThat(aggregate.workSatisfactionAverage()).isEqualByComparingTo("9.2"); // 55 / 6 = 9.1666…
        assertThat(aggregate.collaborationAverage()).isEqualByComparingTo("9.3"); // 56 / 6 = 9.333…
        assertThat(PulseAggregate.of(List.of(new Scores(7, 8), new Scores(8, 8)), 2).orElseThrow().workSatisfactionAverage())
                .isEqualByComparingTo("7.5");
    }

    @Test
    void fewerRespondentsThanTheMinimumGroupGiveNoAggregate() {
        List<Scores> four = List.of(new Scores(1, 1), new Scores(10, 10), new Scores(5, 5), new Scores(6, 6));
        assertThat(PulseAggregate.of(four, 5)).isEmpty();
        assertThat(PulseAggregate.of(List.of(), 0)).isEmpty();
        assertThat(PulseAggregate.of(four, 4)).isPresent();
    }
}
