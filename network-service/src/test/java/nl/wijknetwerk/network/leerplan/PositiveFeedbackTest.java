package nl.wijknetwerk.network.leerplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositiveFeedbackTest {

    @Test
    void onlyAScoreAboveSixAfterHelpIsPositiveFeedback() {
        assertThat(PositiveFeedback.counts("T1", 7)).isTrue();
        assertThat(PositiveFeedback.counts("T2", 10)).isTrue();
        assertThat(PositiveFeedback.counts("T1", 6)).isFalse();
        assertThat(PositiveFeedback.counts("T2", 3)).isFalse();
    }

    @Test
    void aHighScoreBeforeAnyHelpIsNotFeedbackOnTheHelp() {
        assertThat(PositiveFeedback.counts("T0", 9)).isFalse();
    }
}
