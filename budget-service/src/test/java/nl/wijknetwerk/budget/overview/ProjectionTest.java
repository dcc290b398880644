package nl.wijknetwerk.budget.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void projectsThePaceSoFarToTheEndOfTheYear() {
        // 30 June 2018 is day 181 of 365: € 900,000 so far projects to € 1,814,917.13 (rounded half up)
        assertThat(Projection.toYearEnd(900_000_00L, 2018, LocalDate.of(2018, 6, 30))).isEqualTo(1_814_917_13L);
        // in a leap year the year has 366 days: day 1 doubles... 366 times
        assertThat(Projection.toYearEnd(100, 2024, LocalDate.of(2024, 1, 1))).isEqualTo(36_600);
    }

    @Test
    void beforeTheYearAndAfterItTheProjectionIsWhatWasSpent() {
        assertThat(Projection.toYearEnd(5_000, 2019, LocalDate.of(2018, 12, 1))).isEqualTo(5_000);
        assertThat(Projection.toYearEnd(5_000, 2018, LocalDate.of(2018, 12, 31))).isEqualTo(5_000);
        assertThat(Projection.toYearEnd(5_000, 2018, LocalDate.of(2026, 1, 1))).isEqualTo(5_000);
    }
}
