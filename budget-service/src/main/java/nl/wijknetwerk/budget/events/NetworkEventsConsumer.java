package nl.wijknetwerk.budget.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.wijknetwerk.shared.messaging.EventConsumer;
import nl.wijknetwerk.shared.ward.KnownWardDirectory;

/** Learns wards (and their suspension) from network-service. */
@ApplicationScoped
public class NetworkEventsConsumer {

    private final EventConsumer consumer;
    private final KnownWardDirectory wards;

    public NetworkEventsConsumer(EventConsumer consumer, KnownWardDirectory wards) {
        this.consumer = consumer;
        this.wards = wards;
    }

    @Incoming("network-events")
    @Blocking
    public void onEvent(String message) {
        consumer.consume("budget-service.network-events", message, wards::apply);
    }
}
