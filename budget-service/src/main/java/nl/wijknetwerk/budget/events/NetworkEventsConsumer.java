package nl.wijknetwerk.budget.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import nl.wijknetwerk.budget.allocation.ProviderRegistry;
import nl.wijknetwerk.shared.messaging.EventConsumer;
import nl.wijknetwerk.shared.ward.KnownWardDirectory;

/** Learns wards (and their suspension) and the ward's providers and their participation from network-service. */
@ApplicationScoped
public class NetworkEventsConsumer {

    private final EventConsumer consumer;
    private final KnownWardDirectory wards;
    private final ProviderRegistry providers;

    public NetworkEventsConsumer(EventConsumer consumer, KnownWardDirectory wards, ProviderRegistry providers) {
        this.consumer = consumer;
        this.wards = wards;
        this.providers = providers;
    }

    @Incoming("network-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("budget-service.network-events", poll, event -> {
            if (!wards.apply(event)) {
                providers.apply(event);
            }
        });
    }
}
