package nl.wijknetwerk.monitoring.facts;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money of the ward budget committed to an agreed plan, until it is released. */
@Entity
@Table(name = "commitment_fact")
public class CommitmentFact extends PanacheEntityBase {

    @Id
    @Column(name = "commitment_id")
    public UUID commitmentId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public int year;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(nullable = false)
    public boolean released;
}
