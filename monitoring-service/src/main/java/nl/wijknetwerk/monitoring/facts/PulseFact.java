package nl.wijknetwerk.monitoring.facts;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** MOOI WERK: the aggregated work-satisfaction pulse of a period (no individual scores). */
@Entity
@Table(name = "pulse_fact")
public class PulseFact extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int respondents;

    @Column(name = "work_satisfaction", nullable = false)
    public BigDecimal workSatisfaction;

    @Column(nullable = false)
    public BigDecimal collaboration;
}
