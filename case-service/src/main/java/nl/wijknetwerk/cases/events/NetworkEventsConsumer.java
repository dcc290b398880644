package nl.wijknetwerk.cases.events;

import java.time.LocalDate;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import nl.wijknetwerk.cases.consent.CaseSharing;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.messaging.EventConsumer;
import nl.wijknetwerk.shared.ward.KnownWardDirectory;

/**
 * Learns wards (and their suspension) from network-service, and which organisations stopped taking part in a
 * ward: those see none of the ward's cases any more.
 */
@ApplicationScoped
public class NetworkEventsConsumer {

    private static final Logger LOG = Logger.getLogger(NetworkEventsConsumer.class);

    private final EventConsumer consumer;
    private final KnownWardDirectory wards;
    private final CaseSharing sharing;

    public NetworkEventsConsumer(EventConsumer consumer, KnownWardDirectory wards, CaseSharing sharing) {
        this.consumer = consumer;
        this.wards = wards;
        this.sharing = sharing;
    }

    @Incoming("network-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("case-service.network-events", poll, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.ORGANISATION_LEFT.equals(event.type())) {
            String organisation = event.data().path("organisationId").asText();
            int ended = sharing.organisationLeft(organisation, LocalDate.parse(event.data().path("until").asText()));
            LOG.infof("Organisation %s left ward %s: its access to %d case(s) ended", organisation, event.wardid(), ended);
            return;
        }
        wards.apply(event);
    }
}
