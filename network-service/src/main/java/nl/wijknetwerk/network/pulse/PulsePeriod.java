package nl.wijknetwerk.network.pulse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A closed pulse period of a ward: no more pulses, and its aggregate (if the group was large enough) is fixed. */
@Entity
@Table(name = "pulse_period")
public class PulsePeriod extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int respondents;

    /** Absent when too few answered to show an aggregate. */
    @Column(name = "work_satisfaction_average")
    public BigDecimal workSatisfactionAverage;

    @Column(name = "collaboration_average")
    public BigDecimal collaborationAverage;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    public static Optional<PulsePeriod> closed(String period) {
        return find("period", period).firstResultOptional();
    }
}
