package nl.wijknetwerk.cases.barrier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A barrier (belemmering): a protocol, system, funding rule or waiting list that blocks a solution agreed at the
 * table. It has an owner organisation, climbs to managers and then directors while it stays open, and is resolved
 * with what was done about it.
 */
@Entity
@Table(name = "barrier")
public class Barrier extends PanacheEntityBase {

    public enum Kind {
        PROTOCOL, SYSTEM, FUNDING_RULE, WAITING_LIST, LEGISLATION, OTHER
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String description;

    @Column(name = "owner_organisation")
    public String ownerOrganisation;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationPolicy.Level level;

    @Column(name = "escalated_to_manager_on")
    public LocalDate escalatedToManagerOn;

    @Column(name = "escalated_to_director_on")
    public LocalDate escalatedToDirectorOn;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public String resolution;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
