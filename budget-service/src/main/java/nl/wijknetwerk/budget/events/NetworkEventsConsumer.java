package nl.wijknetwerk.budget.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
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
    public void onEvent(String message) {
        consumer.consume("budget-service.network-events", message, event -> {
            if (!wards.apply(event)) {
                providers.apply(event);
            }
        });
    }
}
