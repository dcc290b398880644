package nl.wijknetwerk.network.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries. A round claims the due deliveries of active endpoints in a short transaction (pushing their
 * next attempt past the timeout, so a second instance does not take them too), posts each one signed, and records
 * the attempt in a transaction of its own. Nothing is held in memory between rounds: after a restart the pending
 * deliveries are simply due again.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookConfig config;
    private final WebhookService webhooks;
    private final MeterRegistry meters;
    private final HttpClient http;

    public WebhookDispatcher(WebhookConfig config, WebhookService webhooks, MeterRegistry meters) {
        this.config = config;
        this.webhooks = webhooks;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${wijknetwerk.webhooks.dispatch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        for (UUID id : QuarkusTransaction.requiringNew().call(this::claimDue)) {
            try {
                send(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Webhook delivery %s could not be attempted; it is due again after the lease", id);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claimDue() {
        Instant now = Instant.now();
        List<UUID> due = WebhookDelivery.getEntityManager().createNativeQuery("""
                select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.status = 'PENDING' and e.status = 'ACTIVE' and d.next_attempt_at <= ?1
                order by d.next_attempt_at limit ?2 for update of d skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, config.batchSize()).getResultList();
        if (!due.isEmpty()) {
            WebhookDelivery.update("nextAttemptAt = ?1 where id in ?2", now.plus(config.timeout().multipliedBy(2)), due);
        }
        return due;
    }

    private void send(UUID id) {
        record Outgoing(String url, String webhookId, long timestamp, String body, String signature) {
        }
        Outgoing out = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            WebhookEndpoint e = WebhookEndpoint.findById(d.endpointId);
            long timestamp = Instant.now().getEpochSecond();
            String webhookId = d.id.toString();
            return new Outgoing(e.url, webhookId, timestamp, d.payload,
                    WebhookSignature.header(e.signingSecrets(Instant.now()), webhookId, timestamp, d.payload));
        });
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.attemptedAt = Instant.now();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(out.url())).timeout(config.timeout())
                    .header("content-type", "application/json").header("user-agent", "Wijknetwerk-Webhooks/1")
                    .header("webhook-id", out.webhookId()).header("webhook-timestamp", Long.toString(out.timestamp()))
                    .header("webhook-signature", out.signature())
                    .POST(HttpRequest.BodyPublishers.ofString(out.body())).build(), HttpResponse.BodyHandlers.discarding());
            attempt.statusCode = response.statusCode();
        } catch (java.io.IOException e) {
            attempt.error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.error = "interrupted";
        }
        attempt.durationMs = (System.nanoTime() - started) / 1_000_000;
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            webhooks.recordAttempt(d, WebhookEndpoint.findById(d.endpointId), attempt);
        });
        meters.counter("wijknetwerk.webhooks.attempts", "outcome", attempt.succeeded() ? "delivered" : "failed").increment();
    }
}
