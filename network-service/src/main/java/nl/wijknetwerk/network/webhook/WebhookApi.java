package nl.wijknetwerk.network.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the webhook API. */
public final class WebhookApi {

    private WebhookApi() {
    }

    @Schema(name = "RegisterWebhook", examples = """
            {"url": "https://ecd.pantein.example/wijknetwerk/webhooks",
             "eventTypes": ["mdo.invited", "plan.agreed", "agreement.completed", "agreement.dropped", "spending.approved", "spending.rejected"]}""")
    public record RegisterWebhook(@NotBlank @Size(max = 2000) String url, @NotEmpty List<@NotBlank String> eventTypes) {
    }

    public record EndpointView(UUID id, String organisationId, String url, List<String> eventTypes, WebhookEndpoint.Status status,
            String disabledReason, int consecutiveFailures, Instant failingSince, Instant previousSecretValidUntil, Instant createdAt) {

        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id, e.organisationId, e.url, List.copyOf(e.eventTypes), e.status, e.disabledReason,
                    e.consecutiveFailures, e.failingSince, e.previousSecretUntil, e.createdAt);
        }
    }

    /** The endpoint with its signing secret: only shown when it is created or rotated. */
    public record EndpointWithSecret(EndpointView endpoint, String secret) {
    }

    public record AttemptView(Instant attemptedAt, Integer statusCode, String error, long durationMs) {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attemptedAt, a.statusCode, a.error, a.durationMs);
        }
    }

    public record DeliveryView(UUID id, UUID eventId, String eventType, String ward, WebhookDelivery.Status status, int attempts,
            Instant nextAttemptAt, Instant deliveredAt, Instant createdAt, List<AttemptView> log) {

        static DeliveryView of(WebhookDelivery d) {
            List<AttemptView> log = WebhookAttempt.<WebhookAttempt> list("deliveryId = ?1 order by attemptedAt", d.id).stream()
                    .map(AttemptView::of).toList();
            return new DeliveryView(d.id, d.eventId, d.eventType, d.ward, d.status, d.attempts, d.nextAttemptAt, d.deliveredAt,
                    d.createdAt, log);
        }
    }
}
