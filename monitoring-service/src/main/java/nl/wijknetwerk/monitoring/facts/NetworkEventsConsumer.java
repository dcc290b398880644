package nl.wijknetwerk.monitoring.facts;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Turns network-service events into facts: wards, leersessies, leerplans and work-satisfaction pulses. */
@ApplicationScoped
public class NetworkEventsConsumer {

    private final FactConsumption facts;

    public NetworkEventsConsumer(FactConsumption facts) {
        this.facts = facts;
    }

    @Incoming("network-events")
    @Blocking
    public void onEvent(String message) {
        facts.live("monitoring-service.network-events", message);
    }
}
