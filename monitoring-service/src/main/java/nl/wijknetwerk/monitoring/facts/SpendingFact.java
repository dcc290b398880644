package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Spending a provider recorded against the ward budget. */
@Entity
@Table(name = "spending_fact")
public class SpendingFact extends PanacheEntityBase {

    @Id
    @Column(name = "spending_id")
    public UUID spendingId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String category;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "spent_on", nullable = false)
    public LocalDate spentOn;
}
