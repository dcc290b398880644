package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An MDO that took place: when, and how many organisations and professionals sat at the table. */
@Entity
@Table(name = "mdo_fact")
public class MdoFact extends PanacheEntityBase {

    @Id
    @Column(name = "mdo_id")
    public UUID mdoId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public int organisations;

    @Column(nullable = false)
    public int professionals;

    @Column(name = "days_since_opened")
    public Integer daysSinceOpened;
}
