package nl.wijknetwerk.monitoring.facts;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Turns network-service events into facts: wards, leersessies, leerplans and work-satisfaction pulses. */
@ApplicationScoped
public class NetworkEventsConsumer {

    private final FactConsumption facts;

    public NetworkEventsConsumer(FactConsumption facts) {
        this.facts = facts;
    }

    @Incoming("network-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return facts.live("monitoring-service.network-events", poll);
    }
}
