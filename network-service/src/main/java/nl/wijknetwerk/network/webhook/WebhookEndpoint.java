package nl.wijknetwerk.network.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Where a partner organisation's own system wants its events (Standard Webhooks): a URL, the partner event types it
 * subscribed to and the signing secret ({@code whsec_…}). After a rotation the previous secret stays valid for a
 * while, so the receiver can switch without losing a delivery. Not ward-owned, like the organisation.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    public enum Status {
        ACTIVE, DISABLED
    }

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public List<String> eventTypes = new ArrayList<>();

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** When the current run of failed attempts began; null while the endpoint answers. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static List<WebhookEndpoint> activeFor(String organisationId, String eventType) {
        return WebhookEndpoint.<WebhookEndpoint> list("organisationId = ?1 and status = ?2 order by createdAt", organisationId, Status.ACTIVE)
                .stream().filter(e -> e.eventTypes.contains(eventType)).toList();
    }

    /** The secrets a delivery is signed with now: the current one, and the previous one while it is still valid. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }
}
