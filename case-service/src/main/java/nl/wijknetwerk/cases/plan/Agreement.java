package nl.wijknetwerk.cases.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agreement (afspraak) of a plan: who does what, by when, and whether it needs a funded provision. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    public enum Performer {
        RESIDENT, NETWORK_MEMBER, PROFESSIONAL
    }

    /** SUPERSEDED: left open when a newer plan version was agreed, which has its own agreements. */
    public enum Status {
        OPEN, DONE, DROPPED, SUPERSEDED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "plan_version_id", nullable = false)
    public UUID planVersionId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String what;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Performer performer;

    @Column(name = "network_member_id")
    public UUID networkMemberId;

    @Column(name = "professional_id")
    public String professionalId;

    public String organisation;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "dropped_on")
    public LocalDate droppedOn;

    @Column(name = "dropped_reason")
    public String droppedReason;

    @Embedded
    public FundedProvision provision;

    @Version
    public long version;

    /** Done on or before its due date (an agreement without a due date is always on time). */
    public static boolean onTime(LocalDate dueOn, LocalDate completedOn) {
        return dueOn == null || !completedOn.isAfter(dueOn);
    }
}
