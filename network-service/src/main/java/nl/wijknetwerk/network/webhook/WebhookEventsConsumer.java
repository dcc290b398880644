package nl.wijknetwerk.network.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.wijknetwerk.shared.messaging.EventConsumer;

/**
 * Turns the case and budget events that concern a partner organisation into webhook deliveries, in the same
 * transaction as the consumer's inbox: a redelivered event creates nothing twice, and a crash before the commit
 * leaves the event to be consumed again.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private final EventConsumer consumer;
    private final WebhookService webhooks;

    public WebhookEventsConsumer(EventConsumer consumer, WebhookService webhooks) {
        this.consumer = consumer;
        this.webhooks = webhooks;
    }

    @Incoming("webhook-case-events")
    @Blocking
    public void onCaseEvent(String message) {
        consumer.consume("network-service.webhook-case-events", message, webhooks::enqueue);
    }

    @Incoming("webhook-budget-events")
    @Blocking
    public void onBudgetEvent(String message) {
        consumer.consume("network-service.webhook-budget-events", message, webhooks::enqueue);
    }
}
