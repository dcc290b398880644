package nl.wijknetwerk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JitWarmUpTest {

    @Test
    void stillClimbingIsNotWarm() {
        assertThat(JitWarmUp.steady(List.of(39.0, 66.0, 91.0, 120.0))).isFalse();
        assertThat(JitWarmUp.steady(List.of(130.0, 135.0))).as("two rounds say too little").isFalse();
    }

    @Test
    void threeRoundsInARowWithinTenPercentOfEachOtherAndOfTheThreeBeforeAreWarm() {
        assertThat(JitWarmUp.steady(List.of(39.0, 66.0, 128.0, 135.0, 131.0))).as("three rounds say nothing of a climb").isFalse();
        assertThat(JitWarmUp.steady(List.of(39.0, 66.0, 125.0, 131.0, 127.0, 130.0, 133.0, 129.0))).isTrue();
        assertThat(JitWarmUp.steady(List.of(128.0, 130.0, 127.0, 120.0, 135.0, 131.0))).as("120 to 135 is 12.5 %").isFalse();
        assertThat(JitWarmUp.steady(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0))).as("nothing answered is not warm").isFalse();
    }

    @Test
    void aPlateauOnTheWayUpIsNotWarm() {
        assertThat(JitWarmUp.steady(List.of(25.4, 26.1, 26.2))).isFalse();
        assertThat(JitWarmUp.steady(List.of(75.8, 84.8, 89.0, 95.4, 97.9, 101.2))).as("a sixth above the three before").isFalse();
    }
}
