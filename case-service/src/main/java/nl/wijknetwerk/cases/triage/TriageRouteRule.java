package nl.wijknetwerk.cases.triage;

import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseLifecycle;
import nl.wijknetwerk.cases.casefile.CaseFile.TriageRoute;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * When a case's triage route may change: the route is often only clear after the intake, so it may change while
 * the case runs (open, planned, in progress), to another route than the current one; a closed or declined case keeps
 * the route it ended with.
 */
final class TriageRouteRule {

    private TriageRouteRule() {
    }

    static void check(CaseFile.Status status, TriageRoute current, TriageRoute next) {
        if (status == CaseFile.Status.CLOSED || status == CaseFile.Status.DECLINED) {
            throw ProblemException.conflict(new Objection("The case is " + status.name().toLowerCase() + "; its triage route no longer changes",
                    "De casus is " + CaseLifecycle.dutch(status) + "; de route verandert niet meer"));
        }
        if (next == current) {
            throw ProblemException.unprocessable("route", new Objection("the case already has route " + next, "de casus heeft de route " + next + " al"));
        }
    }
}
