package nl.wijknetwerk.budget.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LumpSumTest {

    @Test
    void lumpSumAndPxqAlwaysAddUpToTheAllocation() {
        assertThat(LumpSum.of(310_000_00L, 50)).isEqualTo(new LumpSum(155_000_00L, 155_000_00L));
        // a third of 100.01 euro: 33.0033 → 3300 cents, P×Q takes the rest
        assertThat(LumpSum.of(100_01, 33)).isEqualTo(new LumpSum(33_00, 67_01));
        assertThat(LumpSum.of(3, 50)).isEqualTo(new LumpSum(2, 1));
        assertThat(LumpSum.of(0, 100)).isEqualTo(new LumpSum(0, 0));
    }

    @Test
    void refusesPercentagesOutsideZeroToHundred() {
        assertThatThrownBy(() -> LumpSum.of(100, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LumpSum.of(-1, 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
