package nl.wijknetwerk.network.professional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.wijknetwerk.network.organisation.OrganisationLeftWard;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalLeft;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/** Nobody works in a ward network for an organisation that no longer takes part in it: they leave with it. */
@ApplicationScoped
public class OrganisationDepartures {

    private final Outbox outbox;

    public OrganisationDepartures(Outbox outbox) {
        this.outbox = outbox;
    }

    void organisationLeft(@Observes OrganisationLeftWard left) {
        Professional.<Professional> list("organisationId = ?1 and active = true", left.organisationId()).forEach(p -> {
            p.active = false;
            p.leftOn = left.until();
            outbox.publish(EventTypes.PROFESSIONAL_LEFT, left.ward(), p.accountId, new ProfessionalLeft(p.accountId, p.organisationId));
        });
    }
}
