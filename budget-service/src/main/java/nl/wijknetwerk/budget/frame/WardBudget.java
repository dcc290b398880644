package nl.wijknetwerk.budget.frame;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * One ward budget (wijkbudget) for one year, in euro cents: the sum of its funding sources in the current revision
 * plus what the previous year's settlement carried over for resident initiatives.
 */
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

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "carry_over_cents", nullable = false)
    public long carryOverCents;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<WardBudget> forYear(int year) {
        return find("year", year).firstResultOptional();
    }

    public static WardBudget require(int year) {
        return forYear(year).orElseThrow(() -> ProblemException.notFound("budget for year", year));
    }

    /**
     * The budget row of the year, locked until the transaction ends. Every change that must stay within the budget
     * (allocations, spending, settlement) takes this lock first, so two controllers at the same moment are serialised.
     */
    public static WardBudget lock(int year) {
        return WardBudget.<WardBudget> find("year", year).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("budget for year", year));
    }

    public boolean settled() {
        return settledAt != null;
    }

    /** A settled year is final: nothing about it changes any more. */
    public void requireOpen() {
        if (settled()) {
            throw ProblemException.conflict("year-settled", "The year is settled",
                    new Objection("The budget of " + year + " was settled; it accepts no more changes",
                            "Het budget van " + year + " is afgerekend; het verandert niet meer"),
                    "year", new Objection("settled on " + settledAt, "afgerekend op " + settledAt));
        }
    }

    public long sourcesCents() {
        return totalCents - carryOverCents;
    }
}
