package nl.wijknetwerk.budget.spending;

import java.time.Instant;
import java.time.LocalDate;
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
import nl.wijknetwerk.budget.allocation.Allocation;
import nl.wijknetwerk.budget.allocation.Category;

/**
 * Money a provider spent from the ward budget, known by the provider's own reference so that sending it twice
 * (API retry, the same CSV imported again) records it once. Spending past what is left of its allocation waits for
 * the controller's approval and counts only once approved.
 */
@Entity
@Table(name = "spending")
public class Spending extends PanacheEntityBase {

    public enum Status {
        RECORDED, PENDING_APPROVAL, REJECTED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false, updatable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Category category;

    @Column(name = "provider_id", updatable = false)
    public String providerId;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(name = "spent_on", nullable = false, updatable = false)
    public LocalDate spentOn;

    @Column(name = "external_reference", nullable = false, updatable = false)
    public String externalReference;

    @Column(updatable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The spending a provider (null: no provider) recorded under its own reference, if any. */
    public static Optional<Spending> byReference(String providerId, String externalReference) {
        return find("coalesce(providerId, '') = ?1 and externalReference = ?2", providerId == null ? "" : providerId,
                externalReference).firstResultOptional();
    }

    /** A provider's spending of the year, oldest first. */
    public static List<Spending> ofProvider(int year, String providerId) {
        return list("year = ?1 and providerId = ?2 order by spentOn, createdAt", year, providerId);
    }

    public static List<Spending> ofYear(int year) {
        return list("year = ?1 order by spentOn, createdAt", year);
    }

    /** Recorded spending of the year on one allocation line (a provider's line, or a category's). */
    public static long recordedOnLine(int year, Category category, String providerId) {
        boolean perProvider = category == Category.PROVIDER;
        var query = getEntityManager().createQuery("select coalesce(sum(s.amountCents), 0) from Spending s"
                + " where s.year = :year and s.category = :category and s.status = :status"
                + (perProvider ? " and s.providerId = :provider" : ""), Long.class)
                .setParameter("year", year).setParameter("category", category).setParameter("status", Status.RECORDED);
        if (perProvider) {
            query.setParameter("provider", providerId == null ? Allocation.NO_PROVIDER : providerId);
        }
        return query.getSingleResult();
    }

    public static long recordedInCategory(int year, Category category) {
        return getEntityManager().createQuery("select coalesce(sum(s.amountCents), 0) from Spending s where s.year = ?1"
                + " and s.category = ?2 and s.status = ?3", Long.class)
                .setParameter(1, year).setParameter(2, category).setParameter(3, Status.RECORDED).getSingleResult();
    }
}
