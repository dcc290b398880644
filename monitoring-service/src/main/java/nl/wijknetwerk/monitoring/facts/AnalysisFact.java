package nl.wijknetwerk.monitoring.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A micro-analysis of a case: yearly societal cost in three scenarios, in euro cents, by financing domain. */
@Entity
@Table(name = "analysis_fact")
public class AnalysisFact extends PanacheEntityBase {

    @Id
    @Column(name = "analysis_id")
    public UUID analysisId;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(nullable = false)
    public boolean repeat;

    @Column(name = "current_cents", nullable = false)
    public long currentCents;

    @Column(name = "do_nothing_cents", nullable = false)
    public long doNothingCents;

    @Column(name = "chosen_cents", nullable = false)
    public long chosenCents;

    @Column(name = "savings_vs_do_nothing_cents", nullable = false)
    public long savingsVsDoNothingCents;

    @Column(name = "savings_vs_current_cents", nullable = false)
    public long savingsVsCurrentCents;

    /** EXISTING (bestaande casus) or NEW (nieuwe casus): which saving the case is judged by. */
    @Column(name = "case_type", nullable = false)
    public String caseType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "current_by_domain", nullable = false)
    public Map<String, Long> currentByDomain;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "do_nothing_by_domain", nullable = false)
    public Map<String, Long> doNothingByDomain;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "chosen_by_domain", nullable = false)
    public Map<String, Long> chosenByDomain;

    /** When case-service recorded the analysis (the event's time): the order residents' figures count it in. */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
