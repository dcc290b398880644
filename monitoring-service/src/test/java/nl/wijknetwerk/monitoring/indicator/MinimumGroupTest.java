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

    @Test
    void partsOfAWholeAreShownOnlyWhenNoneHasOneToFourCases() {
        assertThat(MinimumGroup.partsLargeEnough(5, 5)).isTrue();
        assertThat(MinimumGroup.partsLargeEnough(5, 0)).as("an empty part gives nothing away").isTrue();
        assertThat(MinimumGroup.partsLargeEnough(5, 1)).as("the whole minus five gives the one away").isFalse();
        assertThat(MinimumGroup.partsLargeEnough(4, 9)).isFalse();
    }
}
