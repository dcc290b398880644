package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A case (casus): one resident's or household's question, or a collective question shared by a group.
 * The question is kept in the resident's own words.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    public enum Kind {
        INDIVIDUAL, COLLECTIVE
    }

    public enum StartedBy {
        PROFESSIONAL, RESIDENT
    }

    /** Where help is expected to land: ~70% collective directly, ~25% guided there, ~5% individual at home. */
    public enum TriageRoute {
        COLLECTIVE_DIRECT, GUIDED_TO_COLLECTIVE, INDIVIDUAL_AT_HOME
    }

    /** See {@link CaseLifecycle} for the transitions between these. */
    public enum Status {
        OPEN, MDO_PLANNED, PLAN_AGREED, IN_PROGRESS, DECLINED, CLOSED
    }

    public enum CloseReason {
        GOALS_REACHED, RESIDENT_WITHDREW, REFERRED, MOVED, DECEASED, OTHER
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The resident (or for a collective case, the resident who raised it); absent for a purely collective question. */
    @Column(name = "resident_id")
    public UUID residentId;

    @Column(nullable = false, columnDefinition = "text")
    public String question;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "life_domains", nullable = false, columnDefinition = "text[]")
    public List<String> lifeDomains = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false)
    public StartedBy startedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_route")
    public TriageRoute triageRoute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_by_organisation")
    public String openedByOrganisation;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Declined with follow-up: the resident wants nothing now, but nobody is let go. */
    @Column(name = "declined_on")
    public LocalDate declinedOn;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;

    /** Moves the case on, or refuses with 409 when its lifecycle does not allow this step now. */
    public void apply(CaseLifecycle.Step step) {
        status = CaseLifecycle.next(status, step);
    }

    @Version
    public long version;
}
