package nl.wijknetwerk.cases.wellbeing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.shared.problem.ProblemException;

class MeasurementTimingTest {

    private static final LocalDate PLAN = LocalDate.of(2026, 2, 2);

    @Test
    void t0IsTheBaselineUpToTheDayThePlanIsAgreed() {
        assertThatCode(() -> MeasurementTiming.check(Moment.T0, PLAN.minusDays(3), Optional.of(PLAN))).doesNotThrowAnyException();
        assertThatCode(() -> MeasurementTiming.check(Moment.T0, PLAN, Optional.of(PLAN))).doesNotThrowAnyException();
        assertThatCode(() -> MeasurementTiming.check(Moment.T0, PLAN.plusDays(30), Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void aT0TakenAfterThePlanIsRefusedNamingTheDay() {
        assertThatThrownBy(() -> MeasurementTiming.check(Moment.T0, PLAN.plusDays(1), Optional.of(PLAN)))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.toProblem("/").errors()).extracting("field").containsExactly("measuredOn"));
    }

    @Test
    void t1AndT2NeedAPlanAndCannotPrecedeIt() {
        assertThatThrownBy(() -> MeasurementTiming.check(Moment.T1, PLAN, Optional.empty()))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.toProblem("/").errors()).extracting("field").containsExactly("moment"));
        assertThatThrownBy(() -> MeasurementTiming.check(Moment.T2, PLAN.minusDays(1), Optional.of(PLAN)))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> MeasurementTiming.check(Moment.T1, PLAN.plusWeeks(6), Optional.of(PLAN))).doesNotThrowAnyException();
    }
}
