package nl.wijknetwerk.network.organisation;

import java.time.LocalDate;

/** Fired (synchronously, inside the transaction) when an organisation stops taking part in the current ward. */
public record OrganisationLeftWard(String ward, String organisationId, LocalDate until) {
}
