package nl.wijknetwerk.budget.allocation;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of a year's allocation (verdeling): a category, and for {@link Category#PROVIDER} the provider, with
 * the share paid as a lump sum (the rest is paid per product, P×Q).
 */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    /** Lines without a provider keep an empty provider id, so a category has one line per year. */
    public static final String NO_PROVIDER = "";

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "budget_id", nullable = false, updatable = false)
    public UUID budgetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Category category;

    @Column(name = "provider_id", nullable = false, updatable = false)
    public String providerId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "lump_sum_cents", nullable = false)
    public long lumpSumCents;

    @Column(name = "lump_sum_percent", nullable = false)
    public int lumpSumPercent;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<Allocation> of(UUID budgetId) {
        return list("budgetId = ?1 order by category, providerId", budgetId);
    }

    public static Optional<Allocation> line(UUID budgetId, Category category, String providerId) {
        return find("budgetId = ?1 and category = ?2 and providerId = ?3", budgetId, category,
                providerId == null ? NO_PROVIDER : providerId).firstResultOptional();
    }

    public static long totalCents(UUID budgetId) {
        return getEntityManager().createQuery("select coalesce(sum(a.amountCents), 0) from Allocation a where a.budgetId = ?1", Long.class)
                .setParameter(1, budgetId).getSingleResult();
    }

    public static long categoryCents(UUID budgetId, Category category) {
        return getEntityManager().createQuery("select coalesce(sum(a.amountCents), 0) from Allocation a"
                + " where a.budgetId = ?1 and a.category = ?2", Long.class)
                .setParameter(1, budgetId).setParameter(2, category).getSingleResult();
    }

    public String provider() {
        return NO_PROVIDER.equals(providerId) ? null : providerId;
    }
}
