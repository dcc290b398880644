package nl.wijknetwerk.budget.frame;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One ward budget (wijkbudget) for one year, in euro cents. */
@Entity
@Table(name = "ward_budget")
public class WardBudget extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public int year;

    @Column(name = "total_cents", nullable = false)
    public long totalCents;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
