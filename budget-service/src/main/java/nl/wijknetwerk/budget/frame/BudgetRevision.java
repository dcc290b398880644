package nl.wijknetwerk.budget.frame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One revision of a year's funding sources. Revisions are only ever added: a change after the year started is an
 * amendment with a reason, and the revision it replaces stays as it was.
 */
@Entity
@Table(name = "budget_revision")
public class BudgetRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "budget_id", nullable = false, updatable = false)
    public UUID budgetId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "total_cents", nullable = false, updatable = false)
    public long totalCents;

    @Column(nullable = false, updatable = false)
    public boolean amendment;

    @Column(updatable = false)
    public String reason;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @OneToMany(cascade = CascadeType.PERSIST, orphanRemoval = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    @OrderBy("source")
    public List<FundingSource> sources = new ArrayList<>();

    public static List<BudgetRevision> of(UUID budgetId) {
        return list("budgetId = ?1 order by revision", budgetId);
    }

    public static BudgetRevision current(WardBudget budget) {
        return find("budgetId = ?1 and revision = ?2", budget.id, budget.revision).singleResult();
    }
}
