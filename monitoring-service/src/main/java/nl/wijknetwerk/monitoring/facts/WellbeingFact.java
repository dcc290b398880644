package nl.wijknetwerk.monitoring.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One wellbeing score a resident gave at T0, T1 or T2 (pseudonymous). */
@Entity
@Table(name = "wellbeing_fact")
public class WellbeingFact extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "resident_pseudonym")
    public String residentPseudonym;

    @Column(nullable = false)
    public String moment;

    @Column(nullable = false)
    public int score;

    @Column(name = "measured_on", nullable = false)
    public LocalDate measuredOn;

    /** Ervaart iemand de hulp als passend (1-10), with T1 and T2 only. */
    @Column(name = "help_fitting")
    public Integer helpFitting;

    /** When case-service recorded the measurement (the event's time): the order residents' figures count it in. */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
