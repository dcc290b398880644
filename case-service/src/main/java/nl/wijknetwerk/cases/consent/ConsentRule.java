package nl.wijknetwerk.cases.consent;

import java.util.List;
import java.util.Set;

import nl.wijknetwerk.cases.casefile.CaseOrganisation.Scope;

/**
 * What an organisation may see of a case, from the facts alone:
 * <ul>
 * <li>an organisation that left the ward sees nothing of it any more;</li>
 * <li>the organisation that opened the case sees all of it: the resident brought the question to them;</li>
 * <li>an organisation invited to a table that was not cancelled sees the case once the resident's latest decision
 * about it is {@code GIVEN};</li>
 * <li>until the resident decided, an organisation invited to a planned table sees only what it needs to come: the
 * meeting (when, where, who invites);</li>
 * <li>after a refusal or a withdrawal, or when every table it was invited to was cancelled, nothing.</li>
 * </ul>
 */
public final class ConsentRule {

    public enum Table {
        PLANNED, HELD, CANCELLED
    }

    /** The facts about one organisation and one case. */
    public record Facts(boolean opened, boolean leftWard, List<Table> invitations, Consent.Decision latestDecision) {
    }

    private ConsentRule() {
    }

    public static Scope scope(Facts facts) {
        if (facts.leftWard()) {
            return Scope.NONE;
        }
        if (facts.opened()) {
            return Scope.CASE;
        }
        if (facts.invitations().stream().allMatch(t -> t == Table.CANCELLED)) {
            return Scope.NONE;
        }
        if (facts.latestDecision() == null) {
            return facts.invitations().contains(Table.PLANNED) ? Scope.MEETING : Scope.NONE;
        }
        return facts.latestDecision() == Consent.Decision.GIVEN ? Scope.CASE : Scope.NONE;
    }

    /** The latest decision about this organisation among a case's decisions (oldest first), or null. */
    public static Consent.Decision latestFor(String organisation, List<Consent> decisions) {
        Consent.Decision latest = null;
        for (Consent c : decisions) {
            if (Set.copyOf(c.organisations).contains(organisation)) {
                latest = c.decision;
            }
        }
        return latest;
    }
}
