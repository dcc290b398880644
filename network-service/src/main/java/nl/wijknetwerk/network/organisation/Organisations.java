package nl.wijknetwerk.network.organisation;

import jakarta.enterprise.context.ApplicationScoped;

/** What other features may ask of the registered partner organisations. */
@ApplicationScoped
public class Organisations {

    /** Whether an organisation with this id is registered with the network. */
    public boolean exists(String organisationId) {
        return Organisation.findById(organisationId) != null;
    }

    /** Whether the organisation takes part in the current ward now. */
    public boolean takesPart(String organisationId) {
        return Participation.current(organisationId).isPresent();
    }
}
