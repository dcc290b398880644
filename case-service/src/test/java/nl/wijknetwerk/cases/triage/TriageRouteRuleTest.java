package nl.wijknetwerk.cases.triage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.casefile.CaseFile.Status;
import nl.wijknetwerk.cases.casefile.CaseFile.TriageRoute;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

class TriageRouteRuleTest {

    @Test
    void aRunningCaseMayChangeToAnotherRoute() {
        for (Status running : new Status[] { Status.OPEN, Status.IN_PROGRESS }) {
            assertThatCode(() -> TriageRouteRule.check(running, TriageRoute.INDIVIDUAL_AT_HOME, TriageRoute.GUIDED_TO_COLLECTIVE))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> TriageRouteRule.check(Status.OPEN, null, TriageRoute.COLLECTIVE_DIRECT)).doesNotThrowAnyException();
    }

    @Test
    void theSameRouteOrAnEndedCaseIsRefused() {
        assertThatThrownBy(() -> TriageRouteRule.check(Status.OPEN, TriageRoute.COLLECTIVE_DIRECT, TriageRoute.COLLECTIVE_DIRECT))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> TriageRouteRule.check(Status.CLOSED, TriageRoute.COLLECTIVE_DIRECT, TriageRoute.INDIVIDUAL_AT_HOME))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> TriageRouteRule.check(Status.DECLINED, TriageRoute.COLLECTIVE_DIRECT, TriageRoute.INDIVIDUAL_AT_HOME))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.toProblem(null).detail())
                            .isEqualTo("The case is declined; its triage route no longer changes");
                    org.assertj.core.api.Assertions.assertThat(e.toProblem(null, Objection.DUTCH).detail())
                            .isEqualTo("De casus is afgewezen; de route verandert niet meer");
                });
    }
}
