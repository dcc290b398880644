package nl.wijknetwerk.network.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;

/** Which organisation an event concerns and what its system gets to see of it. */
class PartnerEventsTest {

    private static EventEnvelope event(String type, String data) throws Exception {
        return new EventEnvelope("1.0", UUID.randomUUID(), type, "/test", Instant.now(), "s", "ruwaard", "application/json",
                new ObjectMapper().readTree(data));
    }

    @Test
    void anMdoInvitationGoesToEveryOrganisationAtTheTableWithoutTheOrganiser() throws Exception {
        var events = PartnerEvents.of(event(EventTypes.MDO_PLANNED, """
                {"caseId": "c", "mdoId": "m", "plannedAt": "2026-12-03T09:00:00Z", "atHome": true, "organiserId": "anna",
                 "organisations": ["ons-welzijn", "brabantwonen"], "supportedBy": "dirk"}"""));
        assertThat(events).extracting(PartnerEvents.PartnerEvent::organisation).containsExactly("ons-welzijn", "brabantwonen");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(PartnerEvents.MDO_INVITED);
            assertThat(e.data().toString()).doesNotContain("anna", "dirk", "brabantwonen\",", "ons-welzijn");
        });
    }

    @Test
    void spendingConcernsItsProviderAndSaysWhetherItWasApprovedOrRejected() throws Exception {
        String data = """
                {"spendingId": "s", "year": 2027, "category": "PROVIDER", "providerId": "pantein", "amountCents": 100,
                 "spentOn": "2027-01-02", "externalReference": "PAN-1"%s}""";
        assertThat(PartnerEvents.of(event(EventTypes.SPENDING_RECORDED, data.formatted(""))).get(0).type()).isEqualTo("spending.recorded");
        assertThat(PartnerEvents.of(event(EventTypes.SPENDING_RECORDED, data.formatted(", \"approved\": true"))).get(0).type())
                .isEqualTo("spending.approved");
        var rejected = PartnerEvents.of(event(EventTypes.SPENDING_REJECTED, data.formatted(""))).get(0);
        assertThat(rejected.type()).isEqualTo("spending.rejected");
        assertThat(rejected.organisation()).isEqualTo("pantein");
        assertThat(rejected.data().path("externalReference").asText()).isEqualTo("PAN-1");
        // Spending on a line without a provider, or an agreement of the resident, concerns no organisation.
        assertThat(PartnerEvents.of(event(EventTypes.SPENDING_RECORDED, """
                {"spendingId": "s", "year": 2027, "category": "VOORLIGGEND", "amountCents": 100, "spentOn": "2027-01-02"}"""))).isEmpty();
        assertThat(PartnerEvents.of(event(EventTypes.AGREEMENT_DROPPED, """
                {"caseId": "c", "agreementId": "a", "droppedOn": "2027-01-02"}"""))).isEmpty();
    }
}
