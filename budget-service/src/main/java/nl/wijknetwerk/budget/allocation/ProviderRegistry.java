package nl.wijknetwerk.budget.allocation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;

/** Keeps the ward's providers and their participation as network-service announces them. */
@ApplicationScoped
public class ProviderRegistry {

    /** Call inside the consumer's transaction, acting in the event's ward. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case EventTypes.ORGANISATION_JOINED -> {
                String organisationId = data.path("organisationId").asText();
                Provider provider = Provider.byOrganisation(organisationId).orElseGet(() -> {
                    Provider p = new Provider();
                    p.id = UUID.randomUUID();
                    p.organisationId = organisationId;
                    return p;
                });
                provider.name = data.path("name").asText();
                provider.participation = Provider.Participation.valueOf(data.path("participation").asText());
                provider.since = LocalDate.parse(data.path("since").asText());
                provider.until = null;
                if (!provider.isPersistent()) {
                    provider.persist();
                }
            }
            case EventTypes.ORGANISATION_LEFT -> Provider.byOrganisation(data.path("organisationId").asText())
                    .ifPresent(p -> p.until = LocalDate.parse(data.path("until").asText()));
            default -> {
                // other network events are not about providers
            }
        }
    }
}
