package nl.wijknetwerk.network.pulse;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One professional's MOOI WERK pulse for a period. Never shown or published individually. */
@Entity
@Table(name = "pulse")
public class Pulse extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "professional_id", nullable = false)
    public String professionalId;

    @Column(nullable = false)
    public String period;

    /** Work satisfaction, 1-10. */
    @Column(name = "work_satisfaction", nullable = false)
    public int workSatisfaction;

    /** Rating of interprofessional collaboration, 1-10. */
    @Column(nullable = false)
    public int collaboration;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
