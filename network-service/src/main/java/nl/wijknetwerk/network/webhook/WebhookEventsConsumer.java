package nl.wijknetwerk.network.webhook;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
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
    public CompletionStage<Void> onCaseEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("network-service.webhook-case-events", poll, PartnerEvents.SOURCE_TYPES, webhooks::enqueue);
    }

    @Incoming("webhook-budget-events")
    @Blocking
    public CompletionStage<Void> onBudgetEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("network-service.webhook-budget-events", poll, PartnerEvents.SOURCE_TYPES, webhooks::enqueue);
    }
}
