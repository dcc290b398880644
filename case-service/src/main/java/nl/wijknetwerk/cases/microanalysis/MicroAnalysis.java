package nl.wijknetwerk.cases.microanalysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.cases.microanalysis.Pricing.Scenario;
import nl.wijknetwerk.cases.pricelist.FinancingDomain;

/**
 * A micro-analysis of a case: the yearly societal cost of the current situation, of doing nothing and of the chosen
 * solution, priced from one pinned price-list edition. Each line keeps the unit price it was priced at, so the
 * analysis reads the same forever. A later analysis of the same case is a repeat ({@link #repeatOf}).
 */
@Entity
@Table(name = "micro_analysis")
public class MicroAnalysis extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String edition;

    @Column(name = "repeat_of")
    public UUID repeatOf;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "computed_by", nullable = false)
    public String computedBy;

    @Column(name = "computed_by_organisation")
    public String computedByOrganisation;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "current_cents", nullable = false)
    public long currentCents;

    @Column(name = "do_nothing_cents", nullable = false)
    public long doNothingCents;

    @Column(name = "chosen_cents", nullable = false)
    public long chosenCents;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "case_type", nullable = false)
    public CaseType caseType;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "micro_analysis_line", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    public List<PricedLine> lines = new ArrayList<>();

    /** One intervention of a scenario as it was priced. */
    @Embeddable
    public static class PricedLine {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Scenario scenario;

        @Column(name = "item_code", nullable = false)
        public String itemCode;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public FinancingDomain domain;

        @Column(name = "unit_price_cents", nullable = false)
        public long unitPriceCents;

        @Column(name = "quantity_per_year", nullable = false, precision = 12, scale = 2)
        public BigDecimal quantityPerYear;

        @Column(name = "amount_cents", nullable = false)
        public long amountCents;

        public Pricing.Line toLine() {
            return new Pricing.Line(itemCode, domain, unitPriceCents, quantityPerYear);
        }
    }

    public List<Pricing.Line> scenario(Scenario scenario) {
        return lines.stream().filter(l -> l.scenario == scenario).map(PricedLine::toLine).toList();
    }

    public Pricing.Outcome outcome() {
        return Pricing.outcome(scenario(Scenario.CURRENT), scenario(Scenario.DO_NOTHING), scenario(Scenario.CHOSEN));
    }
}
