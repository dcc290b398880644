package nl.wijknetwerk.cases.wellbeing;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * "Ervaart iemand de hulp als passend" (the sources' client-satisfaction question): asked with the follow-up
 * measurements T1 and T2, when there is help to judge; at T0 nothing has been provided yet, so it is refused.
 */
final class HelpFitting {

    private HelpFitting() {
    }

    static void check(Moment moment, Integer helpFitting) {
        if (helpFitting != null && moment == Moment.T0) {
            throw ProblemException.unprocessable("helpFitting", new Objection("asked with T1 and T2: at T0 there is no help to judge yet",
                    "wordt bij T1 en T2 gevraagd: bij T0 is er nog geen hulp om te beoordelen"));
        }
    }
}
