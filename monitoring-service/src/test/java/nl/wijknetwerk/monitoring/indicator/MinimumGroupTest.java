package nl.wijknetwerk.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinimumGroupTest {

    @Test
    void fiveIsTheSmallestGroupAFigureIsPublishedFor() {
        assertThat(MinimumGroup.isLargeEnough(4)).isFalse();
        assertThat(MinimumGroup.isLargeEnough(5)).isTrue();
        assertThat(MinimumGroup.isLargeEnough(0)).isFalse();
    }
}
