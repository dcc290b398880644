package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A professional's membership of the ward network and when their leerplan was complete (pseudonymous id). */
@Entity
@Table(name = "professional_fact")
public class ProfessionalFact extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "professional_id", nullable = false)
    public String professionalId;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "plan_completed_on")
    public LocalDate planCompletedOn;

    public static UUID idOf(String ward, String professionalId) {
        return FactIds.of("professional", ward, professionalId);
    }
}
