package nl.wijknetwerk.budget.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
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
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("budget-service.cases-events", poll, commitments.actsOn(), commitments::apply);
    }
}
