package nl.wijknetwerk.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aYearAQuarterAndAMonthHaveTheirFirstAndLastDay() {
        Period year = Period.tryParse("2026").orElseThrow();
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        Period q3 = Period.tryParse("2026-Q3").orElseThrow();
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        Period february = Period.tryParse("2028-02").orElseThrow();
        assertThat(february.end()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void anythingElseIsNoPeriod() {
        for (String text : new String[] { "2026-Q5", "2026-13", "2026-7", "26", "2026Q1", "1999", "2101", "", "last year", "2026-Q0" }) {
            assertThat(Period.tryParse(text)).as(text).isEmpty();
        }
        assertThat(Period.tryParse(null)).isEmpty();
    }

    @Test
    void thePreviousPeriodCrossesYearBoundaries() {
        assertThat(Period.tryParse("2026-Q1").orElseThrow().previous().label()).isEqualTo("2025-Q4");
        assertThat(Period.tryParse("2026-01").orElseThrow().previous().label()).isEqualTo("2025-12");
        assertThat(Period.tryParse("2026").orElseThrow().previous().label()).isEqualTo("2025");
    }

    @Test
    void aYearConsistsOfQuartersAndAQuarterOfMonths() {
        assertThat(Period.year(2026).parts()).extracting(Period::label).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(Period.quarter(2026, 4).parts()).extracting(Period::label).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(Period.tryParse("2026-07").orElseThrow().within(Period.quarter(2026, 3))).isTrue();
        assertThat(Period.quarter(2026, 3).within(Period.tryParse("2026-07").orElseThrow())).isFalse();
    }

    @Test
    void theElapsedFractionOfAYear() {
        Period year = Period.year(2026);
        assertThat(year.elapsedFraction(LocalDate.of(2025, 12, 31))).isZero();
        assertThat(year.elapsedFraction(LocalDate.of(2026, 12, 31))).isEqualTo(1.0);
        assertThat(year.elapsedFraction(LocalDate.of(2026, 7, 2))).isEqualTo(183.0 / 365);
    }
}
