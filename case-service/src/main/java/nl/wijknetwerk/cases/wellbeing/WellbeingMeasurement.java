package nl.wijknetwerk.cases.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The resident's own score of their wellbeing (ervaren welbevinden, 1–10) at one moment, optionally with the six
 * dimensions of Positieve Gezondheid (0–10 each), a Dutch model of health as the ability to adapt and take charge.
 */
@Entity
@Table(name = "wellbeing_measurement")
public class WellbeingMeasurement extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Moment moment;

    @Column(nullable = false)
    public int score;

    @Column(name = "measured_on", nullable = false)
    public LocalDate measuredOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_organisation")
    public String recordedByOrganisation;

    @Column(name = "ph_bodily_functions")
    public Integer bodilyFunctions;

    @Column(name = "ph_mental_wellbeing")
    public Integer mentalWellbeing;

    @Column(name = "ph_meaning")
    public Integer meaning;

    @Column(name = "ph_quality_of_life")
    public Integer qualityOfLife;

    @Column(name = "ph_participation")
    public Integer participation;

    @Column(name = "ph_daily_functioning")
    public Integer dailyFunctioning;

    /** Ervaart iemand de hulp als passend (1-10), asked with T1 and T2. */
    @Column(name = "help_fitting")
    public Integer helpFitting;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
