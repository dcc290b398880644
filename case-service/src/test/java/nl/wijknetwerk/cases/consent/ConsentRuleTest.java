package nl.wijknetwerk.cases.consent;

import static nl.wijknetwerk.cases.consent.ConsentRule.Table.CANCELLED;
import static nl.wijknetwerk.cases.consent.ConsentRule.Table.HELD;
import static nl.wijknetwerk.cases.consent.ConsentRule.Table.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.casefile.CaseOrganisation.Scope;
import nl.wijknetwerk.cases.consent.ConsentRule.Facts;

class ConsentRuleTest {

    @Test
    void anInvitedOrganisationSeesOnlyTheMeetingUntilTheResidentConsents() {
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(PLANNED), null))).isEqualTo(Scope.MEETING);
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(PLANNED), Consent.Decision.GIVEN))).isEqualTo(Scope.CASE);
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(HELD), Consent.Decision.GIVEN))).isEqualTo(Scope.CASE);
    }

    @Test
    void refusalWithdrawalCancellationAndLeavingTheWardEndAccess() {
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(PLANNED), Consent.Decision.REFUSED))).isEqualTo(Scope.NONE);
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(HELD), Consent.Decision.WITHDRAWN))).isEqualTo(Scope.NONE);
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(CANCELLED), Consent.Decision.GIVEN))).isEqualTo(Scope.NONE);
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(CANCELLED), null))).isEqualTo(Scope.NONE);
        assertThat(ConsentRule.scope(new Facts(false, true, List.of(HELD), Consent.Decision.GIVEN))).isEqualTo(Scope.NONE);
        assertThat(ConsentRule.scope(new Facts(true, true, List.of(), null))).isEqualTo(Scope.NONE);
        // A held table the organisation was absent from, without its consent: nothing to come to, nothing to read.
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(HELD), null))).isEqualTo(Scope.NONE);
    }

    @Test
    void oneCancelledTableDoesNotUndoAnotherAndConsentAloneIsNoInvitation() {
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(CANCELLED, HELD), Consent.Decision.GIVEN))).isEqualTo(Scope.CASE);
        assertThat(ConsentRule.scope(new Facts(false, false, List.of(), Consent.Decision.GIVEN))).isEqualTo(Scope.NONE);
    }

    @Test
    void theOpenerSeesTheCaseItWasBroughtButNotAfterLeavingTheWard() {
        assertThat(ConsentRule.scope(new Facts(true, false, List.of(), null))).isEqualTo(Scope.CASE);
        assertThat(ConsentRule.scope(new Facts(true, false, List.of(PLANNED), Consent.Decision.WITHDRAWN))).isEqualTo(Scope.CASE);
    }

    @Test
    void theLatestDecisionAboutAnOrganisationCounts() {
        Consent given = decision(Consent.Decision.GIVEN, "pantein", "interzorg");
        Consent withdrawn = decision(Consent.Decision.WITHDRAWN, "pantein");
        assertThat(ConsentRule.latestFor("pantein", List.of(given, withdrawn))).isEqualTo(Consent.Decision.WITHDRAWN);
        assertThat(ConsentRule.latestFor("interzorg", List.of(given, withdrawn))).isEqualTo(Consent.Decision.GIVEN);
        assertThat(ConsentRule.latestFor("ggd", List.of(given, withdrawn))).isNull();
    }

    private static Consent decision(Consent.Decision decision, String... organisations) {
        Consent c = new Consent();
        c.decision = decision;
        c.organisations = List.of(organisations);
        return c;
    }
}
