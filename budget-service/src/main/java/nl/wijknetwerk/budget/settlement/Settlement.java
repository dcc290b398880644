package nl.wijknetwerk.budget.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** A confirmed year-end settlement: final, one per ward and year. */
@Entity
@Table(name = "settlement")
public class Settlement extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(name = "budget_cents", nullable = false, updatable = false)
    public long budgetCents;

    @Column(name = "spent_cents", nullable = false, updatable = false)
    public long spentCents;

    @Column(name = "surplus_cents", nullable = false, updatable = false)
    public long surplusCents;

    @Column(name = "residents_cents", nullable = false, updatable = false)
    public long residentsCents;

    @Column(name = "municipality_cents", nullable = false, updatable = false)
    public long municipalityCents;

    @Column(name = "providers_cents", nullable = false, updatable = false)
    public long providersCents;

    @Column(name = "confirmed_by", nullable = false, updatable = false)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false, updatable = false)
    public Instant confirmedAt;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "settlement_id", nullable = false, updatable = false)
    @OrderBy("providerId")
    public List<Share> shares = new ArrayList<>();

    public static Optional<Settlement> ofYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** A provider's part of the settlement: its share of the surplus, or (negative) of the shortfall. */
    @Entity
    @Table(name = "settlement_share")
    public static class Share extends PanacheEntityBase {

        @Id
        public UUID id;

        @TenantId
        @Column(nullable = false, updatable = false)
        public String ward;

        @Column(name = "provider_id", nullable = false, updatable = false)
        public String providerId;

        @Column(name = "lump_sum_cents", nullable = false, updatable = false)
        public long lumpSumCents;

        @Column(name = "share_cents", nullable = false, updatable = false)
        public long shareCents;
    }
}
