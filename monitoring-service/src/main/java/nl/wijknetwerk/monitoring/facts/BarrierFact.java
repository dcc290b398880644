package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A barrier (belemmering) that blocked an agreed solution, and when it was removed. */
@Entity
@Table(name = "barrier_fact")
public class BarrierFact extends PanacheEntityBase {

    @Id
    @Column(name = "barrier_id")
    public UUID barrierId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "days_open")
    public Integer daysOpen;

    @Column(name = "escalation_level")
    public Integer escalationLevel;
}
