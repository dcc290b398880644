package nl.wijknetwerk.budget.capacity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An hour budget (capacity) of the ward network for one priority in one year, with the hours used so far. The
 * hours replace the partner organisations' own targets, so everyone sees where the network's time should go.
 */
@Entity
@Table(name = "capacity_budget")
public class CapacityBudget extends PanacheEntityBase {

    /** The network's priorities: individual care only when necessary, collective care unless, more prevention,
     * experience experts (ervaringsdeskundigen) and citizen participation. */
    public enum Priority {
        INDIVIDUAL_CARE, COLLECTIVE_CARE, PREVENTION, EXPERIENCE_EXPERTS, CITIZEN_PARTICIPATION
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
    public Priority priority;

    @Column(name = "hours_budgeted", nullable = false)
    public BigDecimal hoursBudgeted;

    @Column(name = "hours_used", nullable = false)
    public BigDecimal hoursUsed = BigDecimal.ZERO;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Locked, so hours recorded at the same moment add up instead of overwriting each other. */
    public static Optional<CapacityBudget> lock(int year, Priority priority) {
        return find("year = ?1 and priority = ?2", year, priority).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
