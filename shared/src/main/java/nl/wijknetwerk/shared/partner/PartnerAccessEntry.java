package nl.wijknetwerk.shared.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of a service's partner access log (NEN 7513): which organisation's system, by which client and on
 * behalf of whom, did what to which subject in which ward, when, and whether it was allowed. Never changed once
 * written; the table exists in the services that serve the partner API outside case-service (budget-service,
 * network-service), which keep it append-only.
 */
@Entity
@Immutable
@Table(name = "partner_access_log")
public class PartnerAccessEntry extends PanacheEntityBase {

    public enum Outcome {
        GRANTED, DENIED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    /** The token's user: {@code service-account-partner-<organisation>} for a partner system. */
    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    /** The organisation of the token ({@code organisation} claim) the system acts as. */
    public String organisation;

    /** The OAuth client ({@code client_id} or {@code azp} claim). */
    @Column(name = "client_id")
    public String clientId;

    /** For whom the system acted, as the signed token says ({@code on_behalf_of}); null when it acted for itself. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    /** The ward the request acted in; null for requests outside a ward (an organisation's webhooks). */
    public String ward;

    /** What was touched, e.g. {@code 2027}, {@code 2027/BW-2027-000123} or a webhook endpoint's id. */
    public String subject;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    /** The log of one organisation's system, oldest first. */
    public static List<PartnerAccessEntry> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by at, id", organisation);
    }
}
