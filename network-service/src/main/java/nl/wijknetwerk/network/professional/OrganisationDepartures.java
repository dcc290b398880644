package nl.wijknetwerk.network.professional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.wijknetwerk.network.account.AccountWardChanges;
import nl.wijknetwerk.network.organisation.OrganisationLeftWard;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalLeft;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/** Nobody works in a ward network for an organisation that no longer takes part in it: they leave with it. */
@ApplicationScoped
public class OrganisationDepartures {

    private final Outbox outbox;
    private final AccountWardChanges accounts;

    public OrganisationDepartures(Outbox outbox, AccountWardChanges accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    void organisationLeft(@Observes OrganisationLeftWard left) {
        Professional.<Professional> list("organisationId = ?1 and active = true", left.organisationId()).forEach(p -> {
            p.active = false;
            p.leftOn = left.until();
            outbox.publish(EventTypes.PROFESSIONAL_LEFT, left.ward(), p.accountId, new ProfessionalLeft(p.accountId, p.organisationId));
            accounts.left(left.ward(), p.accountId);
        });
    }
}
