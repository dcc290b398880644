package nl.wijknetwerk.budget.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.budget.allocation.Category;

/**
 * Money promised at the kitchen table: a funded provision of an agreed Samenwerkplan, held against the year's
 * budget until the agreement is carried out or dropped, or the case closes. One per agreement.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {

    public enum Status {
        ACTIVE, RELEASED
    }

    public enum ReleaseReason {
        AGREEMENT_DROPPED, CASE_CLOSED, AGREEMENT_COMPLETED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public int year;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Column(name = "provider_id")
    public String providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    public String kind;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "hours_per_year")
    public BigDecimal hoursPerYear;

    @Column(name = "hourly_rate_cents")
    public Long hourlyRateCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    public ReleaseReason releaseReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    public static Optional<Commitment> byAgreement(UUID agreementId) {
        return find("agreementId", agreementId).firstResultOptional();
    }

    public static List<Commitment> activeOfCase(UUID caseId) {
        return list("caseId = ?1 and status = ?2", caseId, Status.ACTIVE);
    }

    public static List<Commitment> ofYear(int year) {
        return list("year = ?1 order by createdAt", year);
    }
}
