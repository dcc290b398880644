package nl.wijknetwerk.monitoring.facts;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Turns budget-service events into facts: budgets, commitments and spending. */
@ApplicationScoped
public class BudgetEventsConsumer {

    private final FactConsumption facts;

    public BudgetEventsConsumer(FactConsumption facts) {
        this.facts = facts;
    }

    @Incoming("budget-events")
    @Blocking
    public void onEvent(String message) {
        facts.live("monitoring-service.budget-events", message);
    }
}
