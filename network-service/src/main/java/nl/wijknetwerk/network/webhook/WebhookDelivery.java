package nl.wijknetwerk.network.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One partner event for one endpoint. Its id is the {@code webhook-id} the receiver sees (the same on every retry
 * and replay, so the receiver can drop a duplicate); the payload is fixed when the event arrives.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** FAILED: every attempt failed, or the endpoint was disabled; a replay makes it PENDING again. */
    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    public UUID id;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    public UUID endpointId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    /** The partner event type, e.g. {@code mdo.invited}. */
    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
