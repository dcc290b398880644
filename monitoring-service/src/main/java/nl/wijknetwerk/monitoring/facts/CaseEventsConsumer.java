package nl.wijknetwerk.monitoring.facts;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Turns case-service events into pseudonymous facts the indicators are computed from. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final FactConsumption facts;

    public CaseEventsConsumer(FactConsumption facts) {
        this.facts = facts;
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return facts.live("monitoring-service.case-events", poll);
    }
}
