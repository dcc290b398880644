package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agreement of a Samenwerkplan: who carries it out, when it is due, and whether it was done in time. */
@Entity
@Table(name = "agreement_fact")
public class AgreementFact extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String performer;

    @Column(name = "agreed_on", nullable = false)
    public LocalDate agreedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "on_time")
    public Boolean onTime;

    @Column(name = "dropped_on")
    public LocalDate droppedOn;
}
