package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An organisation linked to a case: the one that opened it, or one invited to one of its MDO tables, and what it may
 * see of the case now ({@link #scope}, derived from the facts by {@code ConsentRule}).
 */
@Entity
@Table(name = "case_organisation")
public class CaseOrganisation extends PanacheEntityBase {

    public enum Via {
        OPENED, MDO
    }

    /** What of the case the organisation may see: nothing, the meetings it is invited to, or the whole case. */
    public enum Scope {
        NONE, MEETING, CASE
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String organisation;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Via via;

    @Column(nullable = false)
    public Instant since;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    /** When the organisation stopped taking part in the ward; its access ended then. */
    @Column(name = "left_ward_on")
    public java.time.LocalDate leftWardOn;
}
