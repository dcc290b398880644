package nl.wijknetwerk.budget.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class UtilisationTest {

    @Test
    void percentOfTheAllocationSpentWithOneDecimal() {
        assertThat(Utilisation.percent(2_333_00, 28_000_00)).isEqualByComparingTo(new BigDecimal("8.3"));
        assertThat(Utilisation.percent(28_000_00, 28_000_00)).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(Utilisation.percent(1, 0)).isNull();
    }

    @Test
    void aThresholdIsReachedExactlyAtItsCent() {
        assertThat(Utilisation.reached(8_999, 10_000, 90)).isFalse();
        assertThat(Utilisation.reached(9_000, 10_000, 90)).isTrue();
        // 89.99% would round to 90.0 but does not reach it
        assertThat(Utilisation.reached(899_999, 1_000_000, 90)).isFalse();
        assertThat(Utilisation.reached(5, 0, 90)).isFalse();
    }
}
