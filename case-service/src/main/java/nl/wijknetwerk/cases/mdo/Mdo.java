package nl.wijknetwerk.cases.mdo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A multidisciplinary meeting (MDO) about a case: almost always at the resident's kitchen table, always with the
 * resident ("we talk with the resident, not about them"). Holding it records the resident's consent to share
 * the case with the organisations at the table.
 */
@Entity
@Table(name = "mdo")
public class Mdo extends PanacheEntityBase {

    public enum Status {
        PLANNED, HELD, CANCELLED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "at_home", nullable = false)
    public boolean atHome;

    /** Only when not at the resident's home, and then with {@link #placeReason}. */
    public String place;

    @Column(name = "place_reason")
    public String placeReason;

    @Column(name = "organiser_id", nullable = false)
    public String organiserId;

    /** The aanjager supporting a first-time organiser. */
    @Column(name = "supported_by")
    public String supportedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "resident_present")
    public Boolean residentPresent;

    @Column(name = "consent_to_share")
    public Boolean consentToShare;

    public String notes;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
