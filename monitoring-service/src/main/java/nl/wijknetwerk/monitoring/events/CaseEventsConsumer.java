package nl.wijknetwerk.monitoring.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.wijknetwerk.monitoring.kpi.CaseFact;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.messaging.EventConsumer;

/** Turns case-service events into pseudonymous facts the indicators are computed from. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventConsumer consumer;

    public CaseEventsConsumer(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("case-events")
    @Blocking
    public void onEvent(String message) {
        consumer.consume("monitoring-service.case-events", message, this::apply);
    }

    void apply(EventEnvelope event) {
        if (EventTypes.CASE_OPENED.equals(event.type())) {
            CaseFact fact = new CaseFact();
            fact.caseId = UUID.fromString(event.data().path("caseId").asText());
            fact.ward = event.wardid();
            fact.kind = event.data().path("kind").asText();
            fact.triageRoute = event.data().path("triageRoute").isTextual() ? event.data().path("triageRoute").asText() : null;
            fact.openedOn = LocalDate.parse(event.data().path("openedOn").asText());
            fact.persist();
        }
    }
}
