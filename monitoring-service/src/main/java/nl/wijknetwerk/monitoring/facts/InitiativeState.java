package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The state of a prevention activity or resident initiative from a date on; one row per change. */
@Entity
@Table(name = "initiative_state")
public class InitiativeState extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "initiative_id", nullable = false)
    public UUID initiativeId;

    /** The event's time: orders two changes of the same day. */
    @Column(name = "effective_at", nullable = false)
    public java.time.Instant effectiveAt;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String initiator;

    @Column(nullable = false)
    public String status;

    public Integer participants;

    public Integer volunteers;

    @Column(name = "visitors_per_week")
    public Integer visitorsPerWeek;
}
