package nl.wijknetwerk.network.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wijknetwerk.network.organisation.Organisations;
import nl.wijknetwerk.network.webhook.PartnerEvents.PartnerEvent;
import nl.wijknetwerk.network.webhook.WebhookApi.RegisterWebhook;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * The rules of webhook endpoints and deliveries, called inside a transaction: registering (https, or http to
 * localhost where allowed), turning an event into one delivery per subscribed active endpoint of each organisation
 * it concerns (at most once per event), recording an attempt with its backoff, disabling, rotating, replaying.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final Set<String> LOCALHOST = Set.of("localhost", "127.0.0.1", "[::1]");

    private final WebhookConfig config;
    private final ObjectMapper json;

    private final Organisations organisations;

    public WebhookService(WebhookConfig config, ObjectMapper json, Organisations organisations) {
        this.config = config;
        this.json = json;
        this.organisations = organisations;
    }

    public WebhookEndpoint register(String organisationId, RegisterWebhook request, String by) {
        if (!organisations.exists(organisationId)) {
            throw ProblemException.notFound("organisation", organisationId);
        }
        String url = checkedUrl(request.url().strip());
        for (int i = 0; i < request.eventTypes().size(); i++) {
            if (!PartnerEvents.TYPES.contains(request.eventTypes().get(i))) {
                throw ProblemException.badRequest("eventTypes[" + i + "]", new Objection("not a partner event type; one of " + PartnerEvents.TYPES,
                        "geen gebeurtenis voor partners; een van " + PartnerEvents.TYPES));
            }
        }
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID();
        e.organisationId = organisationId;
        e.url = url;
        e.eventTypes = request.eventTypes().stream().distinct().toList();
        e.secret = WebhookSignature.newSecret();
        e.status = WebhookEndpoint.Status.ACTIVE;
        e.createdBy = by;
        e.createdAt = Instant.now();
        e.persist();
        return e;
    }

    private String checkedUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException ex) {
            throw ProblemException.badRequest("url", new Objection("not a URL", "geen URL"));
        }
        if (uri.getHost() == null) {
            throw ProblemException.badRequest("url", new Objection("not an absolute URL with a host", "geen volledige URL met een host"));
        }
        boolean https = "https".equals(uri.getScheme());
        boolean localHttp = "http".equals(uri.getScheme()) && LOCALHOST.contains(uri.getHost()) && config.allowHttpLocalhost();
        if (!https && !localHttp) {
            throw ProblemException.badRequest("url", new Objection("must be an https URL", "moet een https-URL zijn"));
        }
        return url;
    }

    /** One delivery per subscribed active endpoint of every organisation the event concerns. */
    public int enqueue(EventEnvelope event) {
        int created = 0;
        for (PartnerEvent pe : PartnerEvents.of(event)) {
            for (WebhookEndpoint endpoint : WebhookEndpoint.activeFor(pe.organisation(), pe.type())) {
                WebhookDelivery d = new WebhookDelivery();
                d.id = UUID.randomUUID();
                d.endpointId = endpoint.id;
                d.eventId = event.id();
                d.eventType = pe.type();
                d.ward = event.wardid();
                d.payload = payload(pe, event.time() == null ? Instant.now() : event.time());
                d.status = WebhookDelivery.Status.PENDING;
                d.createdAt = Instant.now();
                d.nextAttemptAt = d.createdAt;
                d.persist();
                created++;
            }
        }
        return created;
    }

    private String payload(PartnerEvent pe, Instant time) {
        ObjectNode body = json.createObjectNode().put("type", pe.type()).put("timestamp", time.toString());
        body.set("data", pe.data());
        try {
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records one attempt and what follows from it: delivered, a retry later, given up, or the endpoint disabled. */
    public void recordAttempt(WebhookDelivery d, WebhookEndpoint e, WebhookAttempt a) {
        a.id = UUID.randomUUID();
        a.deliveryId = d.id;
        a.persist();
        d.attempts++;
        if (a.succeeded()) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = a.attemptedAt;
            d.nextAttemptAt = null;
            e.consecutiveFailures = 0;
            e.failingSince = null;
            return;
        }
        RetrySchedule schedule = config.schedule();
        d.nextAttemptAt = schedule.nextAttempt(a.attemptedAt, d.attempts);
        if (d.nextAttemptAt == null) {
            d.status = WebhookDelivery.Status.FAILED;
        }
        e.consecutiveFailures++;
        if (e.failingSince == null) {
            e.failingSince = a.attemptedAt;
        }
        if (schedule.disables(e.consecutiveFailures, e.failingSince, a.attemptedAt)) {
            disable(e, "failing since " + e.failingSince + " (" + e.consecutiveFailures + " failed attempts in a row)");
            d.status = WebhookDelivery.Status.FAILED;
            d.nextAttemptAt = null;
            LOG.warnf("Webhook endpoint %s of %s disabled: %s", e.id, e.organisationId, e.disabledReason);
        }
    }

    /** A disabled endpoint gets nothing: its waiting deliveries are given up (each can be replayed once enabled). */
    public void disable(WebhookEndpoint e, String reason) {
        e.status = WebhookEndpoint.Status.DISABLED;
        e.disabledReason = reason;
        WebhookDelivery.update("status = ?1, nextAttemptAt = null where endpointId = ?2 and status = ?3",
                WebhookDelivery.Status.FAILED, e.id, WebhookDelivery.Status.PENDING);
    }

    public void enable(WebhookEndpoint e) {
        e.status = WebhookEndpoint.Status.ACTIVE;
        e.disabledReason = null;
        e.consecutiveFailures = 0;
        e.failingSince = null;
    }

    /** A new secret; the previous one keeps signing (as a second signature) for the configured time. */
    public void rotate(WebhookEndpoint e) {
        e.previousSecret = e.secret;
        e.previousSecretUntil = Instant.now().plus(config.previousSecretValidFor());
        e.secret = WebhookSignature.newSecret();
    }

    /** Sends the delivery again as it was (same webhook-id, so a receiver that has it can tell). */
    public void replay(WebhookEndpoint e, WebhookDelivery d) {
        if (e.status != WebhookEndpoint.Status.ACTIVE) {
            throw ProblemException.conflict(new Objection("The endpoint is disabled: enable it before replaying a delivery",
                    "Het endpoint is uitgeschakeld: schakel het in voordat je een aflevering opnieuw verstuurt"));
        }
        d.status = WebhookDelivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = Instant.now();
    }

    public static List<WebhookDelivery> deliveries(UUID endpointId, int page, int size) {
        return WebhookDelivery.<WebhookDelivery> find("endpointId = ?1 order by createdAt desc, id", endpointId)
                .page(page, size).list();
    }
}
