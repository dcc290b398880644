package nl.wijknetwerk.cases.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of the intake: the resident's own answers to the three questions of the Samenwerkwijze,
 * ik wil (what I want to achieve), ik kan (what I can do myself or for others) and ik heb nodig (what I need).
 * A change is a new version; earlier versions are kept as they were.
 */
@Entity
@Immutable
@Table(name = "intake_version")
public class IntakeVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public int version;

    @Column(name = "i_want", nullable = false)
    public String iWant;

    @Column(name = "i_can", nullable = false)
    public String iCan;

    @Column(name = "i_need", nullable = false)
    public String iNeed;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
