package nl.wijknetwerk.monitoring.facts;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Turns case-service events into pseudonymous facts the indicators are computed from. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final FactConsumption facts;

    public CaseEventsConsumer(FactConsumption facts) {
        this.facts = facts;
    }

    @Incoming("case-events")
    @Blocking
    public void onEvent(String message) {
        facts.live("monitoring-service.case-events", message);
    }
}
