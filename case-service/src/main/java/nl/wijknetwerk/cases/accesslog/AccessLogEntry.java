package nl.wijknetwerk.cases.accesslog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of the access log in the manner of NEN 7513: who, on behalf of whom, from which organisation, which
 * resident or case, what action, when, and whether it was allowed. Never changed once written.
 */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessLogEntry extends PanacheEntityBase {

    public enum Outcome {
        GRANTED, DENIED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String organisation;

    /** For whom the caller acted, as a signed token says; null when the caller acted for themselves. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    /** What the caller's X-On-Behalf-Of header said, unverified: kept as a claim, never as the fact above. */
    @Column(name = "claimed_on_behalf_of")
    public String claimedOnBehalfOf;

    @Column(name = "resident_id")
    public UUID residentId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
}
