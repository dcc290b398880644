package nl.wijknetwerk.monitoring.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A leersessie that took place, with attendance counted by group only. */
@Entity
@Table(name = "leersessie_fact")
public class LeersessieFact extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public String kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public int professionals;

    @Column(nullable = false)
    public int managers;

    @Column(nullable = false)
    public int residents;

    @Column(nullable = false)
    public int directors;
}
