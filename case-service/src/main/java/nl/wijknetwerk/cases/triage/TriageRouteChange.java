package nl.wijknetwerk.cases.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.cases.casefile.CaseFile.TriageRoute;

/** One change of a case's triage route: the history stays, so the route at opening can still be told. */
@Entity
@Table(name = "triage_route_change")
public class TriageRouteChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_route")
    public TriageRoute from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_route", nullable = false)
    public TriageRoute to;

    @Column(columnDefinition = "text")
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
