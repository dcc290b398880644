package nl.wijknetwerk.cases.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.wijknetwerk.cases.casefile.CaseFile.Status;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * The lifecycle of a case: open → MDO planned → plan agreed → in progress → closed, plus declined-with-follow-up
 * ("if someone wants nothing, nothing happens, but nobody is let go"). A declined case can be picked up again at
 * the follow-up; a closed case is final. A later MDO or a new plan version keeps a case where it is.
 */
public final class CaseLifecycle {

    public enum Step {
        PLAN_MDO, AGREE_PLAN, START, DECLINE, REOPEN, CLOSE
    }

    private static final Map<Step, Set<Status>> ALLOWED_FROM = Map.of(
            Step.PLAN_MDO, EnumSet.of(Status.OPEN, Status.MDO_PLANNED, Status.PLAN_AGREED, Status.IN_PROGRESS),
            Step.AGREE_PLAN, EnumSet.of(Status.MDO_PLANNED, Status.PLAN_AGREED, Status.IN_PROGRESS),
            Step.START, EnumSet.of(Status.PLAN_AGREED),
            Step.DECLINE, EnumSet.of(Status.OPEN, Status.MDO_PLANNED),
            Step.REOPEN, EnumSet.of(Status.DECLINED),
            Step.CLOSE, EnumSet.of(Status.OPEN, Status.MDO_PLANNED, Status.PLAN_AGREED, Status.IN_PROGRESS, Status.DECLINED));

    private CaseLifecycle() {
    }

    public static boolean allows(Status from, Step step) {
        return ALLOWED_FROM.get(step).contains(from);
    }

    /** @throws ProblemException 409 when the step is not allowed from this status */
    public static Status next(Status from, Step step) {
        if (!allows(from, step)) {
            Objection refused = refused(step);
            throw ProblemException.conflict(new Objection("A case that is " + from + " cannot " + refused.english(),
                    "Een casus met status '" + dutch(from) + "' kan " + refused.dutch()));
        }
        return switch (step) {
            case PLAN_MDO -> from == Status.OPEN ? Status.MDO_PLANNED : from;
            case AGREE_PLAN -> from == Status.MDO_PLANNED ? Status.PLAN_AGREED : from;
            case START -> Status.IN_PROGRESS;
            case DECLINE -> Status.DECLINED;
            case REOPEN -> Status.OPEN;
            case CLOSE -> Status.CLOSED;
        };
    }

    /** What the step cannot do, in English ("cannot …") and in Dutch ("kan …"). */
    private static Objection refused(Step step) {
        return switch (step) {
            case PLAN_MDO -> new Objection("get an MDO planned", "geen MDO gepland krijgen");
            case AGREE_PLAN -> new Objection("get a Samenwerkplan agreed", "geen Samenwerkplan afgesproken krijgen");
            case START -> new Objection("be started", "niet worden gestart");
            case DECLINE -> new Objection("be declined", "niet worden afgewezen");
            case REOPEN -> new Objection("be reopened", "niet worden heropend");
            case CLOSE -> new Objection("be closed", "niet worden afgesloten");
        };
    }

    /** A case's status as the Dutch pages name it, in lower case, for a refusal read in Dutch. */
    public static String dutch(Status status) {
        return switch (status) {
            case OPEN -> "nieuw";
            case MDO_PLANNED -> "MDO gepland";
            case PLAN_AGREED -> "plan afgesproken";
            case IN_PROGRESS -> "plan in uitvoering";
            case DECLINED -> "afgewezen";
            case CLOSED -> "afgesloten";
        };
    }
}
