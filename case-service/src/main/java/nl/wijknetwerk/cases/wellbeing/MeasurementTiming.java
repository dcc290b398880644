package nl.wijknetwerk.cases.wellbeing;

import java.time.LocalDate;
import java.util.Optional;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Which day a measurement may carry, against the agreed plan: T0 is the baseline before the solution, so it is
 * refused when taken after the plan was agreed (the plan's own day, the kitchen table, still counts); T1 and T2
 * measure the effect of the solution, so they need a plan and cannot precede it. A late T0 is refused rather than
 * stored and marked, so the T0 indicator and every case's change are always measured from a true baseline.
 */
final class MeasurementTiming {

    private MeasurementTiming() {
    }

    /** Throws a 422 problem naming {@code moment} or {@code measuredOn} when the day does not fit the moment. */
    static void check(Moment moment, LocalDate measuredOn, Optional<LocalDate> planAgreedOn) {
        if (moment == Moment.T0) {
            if (planAgreedOn.isPresent() && measuredOn.isAfter(planAgreedOn.get())) {
                throw ProblemException.unprocessable("measuredOn", new Objection("T0 is the baseline before the solution; this case's plan"
                        + " was agreed on " + planAgreedOn.get() + ", so a T0 taken later is no baseline",
                        "T0 is de nulmeting voor de oplossing; het plan van deze casus is op " + planAgreedOn.get()
                        + " afgesproken, dus een latere T0 is geen nulmeting"));
            }
            return;
        }
        LocalDate plan = planAgreedOn.orElseThrow(() -> ProblemException.unprocessable("moment",
                new Objection(moment + " follows the agreed plan; this case has no plan yet",
                moment + " volgt op het afgesproken plan; deze casus heeft nog geen plan")));
        if (measuredOn.isBefore(plan)) {
            throw ProblemException.unprocessable("measuredOn", new Objection("a " + moment + " measurement cannot precede the plan (" + plan + ")",
                    "een " + moment + "-meting kan niet voor het plan (" + plan + ") liggen"));
        }
    }
}
