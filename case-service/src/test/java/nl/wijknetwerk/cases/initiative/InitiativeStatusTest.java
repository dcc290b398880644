package nl.wijknetwerk.cases.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.initiative.Initiative.Status;

class InitiativeStatusTest {

    @Test
    void aLivingInitiativeMayMoveBackAndForthButAnEndedOneStaysEnded() {
        assertThat(Status.IN_PREPARATION.mayBecome(Status.RUNNING)).isTrue();
        assertThat(Status.RUNNING.mayBecome(Status.IN_DEVELOPMENT)).isTrue();
        assertThat(Status.RUNNING.mayBecome(Status.ENDED)).isTrue();
        assertThat(Status.ENDED.mayBecome(Status.ENDED)).isTrue();
        assertThat(Status.ENDED.mayBecome(Status.RUNNING)).isFalse();
        assertThat(Status.ENDED.mayBecome(Status.IN_PREPARATION)).isFalse();
    }
}
