package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What monitoring knows of a case: pseudonymous facts only, from case events. */
@Entity
@Table(name = "case_fact")
public class CaseFact extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public String kind;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "triage_route")
    public String triageRoute;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "first_mdo_on")
    public LocalDate firstMdoOn;

    @Column(name = "first_plan_on")
    public LocalDate firstPlanOn;

    @Column(name = "declined_on")
    public LocalDate declinedOn;
}
