package nl.wijknetwerk.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.casefile.CaseFile.Status;
import nl.wijknetwerk.cases.casefile.CaseLifecycle.Step;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

class CaseLifecycleTest {

    @Test
    void theHappyPathRunsFromOpenToClosed() {
        Status s = Status.OPEN;
        s = CaseLifecycle.next(s, Step.PLAN_MDO);
        assertThat(s).isEqualTo(Status.MDO_PLANNED);
        s = CaseLifecycle.next(s, Step.AGREE_PLAN);
        assertThat(s).isEqualTo(Status.PLAN_AGREED);
        s = CaseLifecycle.next(s, Step.START);
        assertThat(s).isEqualTo(Status.IN_PROGRESS);
        s = CaseLifecycle.next(s, Step.CLOSE);
        assertThat(s).isEqualTo(Status.CLOSED);
    }

    @Test
    void aLaterMdoOrANewPlanVersionKeepsTheCaseWhereItIs() {
        assertThat(CaseLifecycle.next(Status.IN_PROGRESS, Step.PLAN_MDO)).isEqualTo(Status.IN_PROGRESS);
        assertThat(CaseLifecycle.next(Status.IN_PROGRESS, Step.AGREE_PLAN)).isEqualTo(Status.IN_PROGRESS);
        assertThat(CaseLifecycle.next(Status.PLAN_AGREED, Step.AGREE_PLAN)).isEqualTo(Status.PLAN_AGREED);
    }

    @Test
    void nobodyIsLetGoADeclinedCaseCanBePickedUpAgain() {
        Status declined = CaseLifecycle.next(Status.OPEN, Step.DECLINE);
        assertThat(declined).isEqualTo(Status.DECLINED);
        assertThat(CaseLifecycle.next(declined, Step.REOPEN)).isEqualTo(Status.OPEN);
        assertThat(CaseLifecycle.next(declined, Step.CLOSE)).isEqualTo(Status.CLOSED);
    }

    @Test
    void aClosedCaseIsFinal() {
        for (Step step : Step.values()) {
            assertThatThrownBy(() -> CaseLifecycle.next(Status.CLOSED, step)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409));
        }
    }

    @Test
    void aRefusedStepSaysWhyInEnglishAndInDutch() {
        assertThatThrownBy(() -> CaseLifecycle.next(Status.OPEN, Step.START)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.toProblem(null).detail()).isEqualTo("A case that is OPEN cannot be started");
            assertThat(e.toProblem(null, Objection.DUTCH).detail()).isEqualTo("Een casus met status 'nieuw' kan niet worden gestart");
        });
        assertThatThrownBy(() -> CaseLifecycle.next(Status.DECLINED, Step.PLAN_MDO)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.toProblem(null, Objection.DUTCH).detail())
                        .isEqualTo("Een casus met status 'afgewezen' kan geen MDO gepland krijgen"));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThat(CaseLifecycle.allows(Status.OPEN, Step.AGREE_PLAN)).isFalse();
        assertThat(CaseLifecycle.allows(Status.OPEN, Step.START)).isFalse();
        assertThat(CaseLifecycle.allows(Status.MDO_PLANNED, Step.START)).isFalse();
        assertThat(CaseLifecycle.allows(Status.IN_PROGRESS, Step.DECLINE)).isFalse();
        assertThat(CaseLifecycle.allows(Status.DECLINED, Step.PLAN_MDO)).isFalse();
        assertThat(CaseLifecycle.allows(Status.OPEN, Step.REOPEN)).isFalse();
    }
}
