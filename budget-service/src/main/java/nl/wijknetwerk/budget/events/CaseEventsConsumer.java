package nl.wijknetwerk.budget.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.wijknetwerk.budget.commitment.CommitmentService;
import nl.wijknetwerk.shared.messaging.EventConsumer;

/** Agreed plans, dropped or completed agreements and closed cases from case-service become commitment changes. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventConsumer consumer;
    private final CommitmentService commitments;

    public CaseEventsConsumer(EventConsumer consumer, CommitmentService commitments) {
        this.consumer = consumer;
        this.commitments = commitments;
    }

    @Incoming("cases-events")
    @Blocking
    public void onEvent(String message) {
        consumer.consume("budget-service.cases-events", message, commitments::apply);
    }
}
