package nl.wijknetwerk.monitoring.facts;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The ward budget (wijkbudget) of a year, its latest revision. */
@Entity
@Table(name = "budget_fact")
public class BudgetFact extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public int year;

    @Column(name = "total_cents", nullable = false)
    public long totalCents;

    @Column(nullable = false)
    public int revision;
}
