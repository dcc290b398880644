package nl.wijknetwerk.cases.wellbeing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When each wellbeing measurement of a case is due, computed from the day the case opened and the day its plan was
 * agreed:
 * <ul>
 * <li>T0 is due from the opening and overdue once the plan is agreed (it must precede the solution); while there is
 * no plan it is overdue {@value #T0_WEEKS_WITHOUT_PLAN} weeks after opening, when an MDO should long have been held.</li>
 * <li>T1 is due six weeks after the plan, overdue two weeks later.</li>
 * <li>T2 is due six months after the plan and overdue after twelve months.</li>
 * </ul>
 * T1 and T2 have no dates until a plan is agreed.
 */
public final class MeasurementSchedule {

    static final int T0_WEEKS_WITHOUT_PLAN = 4;

    private MeasurementSchedule() {
    }

    public enum Status {
        NOT_YET_DUE, DUE, OVERDUE
    }

    public record Window(Moment moment, LocalDate dueFrom, LocalDate overdueAfter) {

        public Status status(LocalDate on) {
            if (on.isBefore(dueFrom)) {
                return Status.NOT_YET_DUE;
            }
            return on.isAfter(overdueAfter) ? Status.OVERDUE : Status.DUE;
        }
    }

    public static List<Window> windows(LocalDate openedOn, Optional<LocalDate> planAgreedOn) {
        List<Window> out = new ArrayList<>(3);
        if (planAgreedOn.isEmpty()) {
            out.add(new Window(Moment.T0, openedOn, openedOn.plusWeeks(T0_WEEKS_WITHOUT_PLAN)));
            return out;
        }
        LocalDate plan = planAgreedOn.get();
        // A plan agreed on the opening day still leaves that day for T0.
        out.add(new Window(Moment.T0, openedOn, plan.isBefore(openedOn) ? openedOn : plan));
        out.add(new Window(Moment.T1, plan.plusWeeks(6), plan.plusWeeks(8)));
        out.add(new Window(Moment.T2, plan.plusMonths(6), plan.plusMonths(12)));
        return out;
    }
}
