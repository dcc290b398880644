package nl.wijknetwerk.cases.consent;

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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The resident's decision about sharing their case with some organisations: given, refused or withdrawn. A fact
 * of its own, never changed; a later decision about the same organisation replaces an earlier one.
 */
@Entity
@Immutable
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    public enum Decision {
        GIVEN, REFUSED, WITHDRAWN
    }

    /** Who decided: the resident, or someone legally acting for them (a guardian, a mentor). */
    public enum DecidedBy {
        RESIDENT, REPRESENTATIVE
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "resident_id")
    public UUID residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> organisations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false)
    public DecidedBy decidedBy;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /** The MDO at whose table the decision was taken, if it was. */
    @Column(name = "mdo_id")
    public UUID mdoId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_organisation")
    public String recordedByOrganisation;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The decisions about one case, oldest first. */
    public static List<Consent> ofCase(UUID caseId) {
        return list("caseId = ?1 order by recordedAt, id", caseId);
    }
}
