package nl.wijknetwerk.cases.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.wijknetwerk.cases.casefile.CaseFile.Status;
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
            throw ProblemException.conflict("A case that is " + from + " cannot " + describe(step));
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

    private static String describe(Step step) {
        return switch (step) {
            case PLAN_MDO -> "get an MDO planned";
            case AGREE_PLAN -> "get a Samenwerkplan agreed";
            case START -> "be started";
            case DECLINE -> "be declined";
            case REOPEN -> "be reopened";
            case CLOSE -> "be closed";
        };
    }
}
