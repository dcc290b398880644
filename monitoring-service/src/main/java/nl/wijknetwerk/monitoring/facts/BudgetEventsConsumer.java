package nl.wijknetwerk.monitoring.facts;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Turns budget-service events into facts: budgets, commitments and spending. */
@ApplicationScoped
public class BudgetEventsConsumer {

    private final FactConsumption facts;

    public BudgetEventsConsumer(FactConsumption facts) {
        this.facts = facts;
    }

    @Incoming("budget-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return facts.live("monitoring-service.budget-events", poll);
    }
}
