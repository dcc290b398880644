package nl.wijknetwerk.cases.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.wellbeing.MeasurementSchedule.Status;
import nl.wijknetwerk.cases.wellbeing.MeasurementSchedule.Window;

class MeasurementScheduleTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 12);
    private static final LocalDate PLAN = LocalDate.of(2026, 2, 2);

    @Test
    void withAPlanT1IsSixWeeksAfterAndT2SixToTwelveMonthsAfter() {
        List<Window> w = MeasurementSchedule.windows(OPENED, Optional.of(PLAN));
        assertThat(w).containsExactly(
                new Window(Moment.T0, OPENED, PLAN),
                new Window(Moment.T1, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 30)),
                new Window(Moment.T2, LocalDate.of(2026, 8, 2), LocalDate.of(2027, 2, 2)));
    }

    @Test
    void withoutAPlanOnlyT0IsScheduledAndOverdueAfterFourWeeks() {
        assertThat(MeasurementSchedule.windows(OPENED, Optional.empty()))
                .containsExactly(new Window(Moment.T0, OPENED, LocalDate.of(2026, 2, 9)));
    }

    @Test
    void aWindowIsNotYetDueThenDueThenOverdue() {
        Window t1 = MeasurementSchedule.windows(OPENED, Optional.of(PLAN)).get(1);
        assertThat(t1.status(LocalDate.of(2026, 3, 15))).isEqualTo(Status.NOT_YET_DUE);
        assertThat(t1.status(LocalDate.of(2026, 3, 16))).isEqualTo(Status.DUE);
        assertThat(t1.status(LocalDate.of(2026, 3, 30))).isEqualTo(Status.DUE);
        assertThat(t1.status(LocalDate.of(2026, 3, 31))).isEqualTo(Status.OVERDUE);
    }

    @Test
    void aPlanAtTheEndOfAMonthKeepsT2WithinTheCalendar() {
        LocalDate plan = LocalDate.of(2026, 8, 31);
        Window t2 = MeasurementSchedule.windows(LocalDate.of(2026, 8, 3), Optional.of(plan)).get(2);
        assertThat(t2.dueFrom()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(t2.overdueAfter()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aPlanAgreedTheDayTheCaseOpenedLeavesThatDayForT0() {
        Window t0 = MeasurementSchedule.windows(OPENED, Optional.of(OPENED)).get(0);
        assertThat(t0.status(OPENED)).isEqualTo(Status.DUE);
        assertThat(t0.status(OPENED.plusDays(1))).isEqualTo(Status.OVERDUE);
    }
}
