package nl.wijknetwerk.budget.frame;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the budget frame: agreements, funding sources and their revisions. */
public final class BudgetFrameApi {

    /** The name a settlement's carry-over for resident initiatives has among a year's sources in events and views. */
    public static final String CARRY_OVER = "SURPLUS_CARRY_OVER";

    private BudgetFrameApi() {
    }

    public record SourceAmount(@NotNull FundingSource.Kind source, @NotNull @PositiveOrZero Long amountCents) {
    }

    @Schema(name = "BudgetAgreementRequest", examples = """
            {"firstYear": 2018, "lastYear": 2022, "description": "Experiment gebiedsgericht financieren Wmo en welzijn",
             "sources": [{"source": "WMO_AMBULATORY_SUPPORT", "amountCents": 65000000},
                         {"source": "WMO_DAY_ACTIVITIES", "amountCents": 42000000},
                         {"source": "WMO_HOUSEHOLD_HELP", "amountCents": 38000000},
                         {"source": "WELFARE", "amountCents": 55000000}]}""")
    public record AgreementRequest(
            @NotNull @Min(2000) @Max(2100) Integer firstYear,
            @NotNull @Min(2000) @Max(2100) Integer lastYear,
            @Size(max = 500) String description,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull SourceAmount> sources) {
    }

    @Schema(name = "BudgetSourcesRequest", examples = """
            {"sources": [{"source": "WMO_AMBULATORY_SUPPORT", "amountCents": 65000000},
                         {"source": "WELFARE", "amountCents": 55000000},
                         {"source": "GGD_INNOVATION", "amountCents": 1500000}],
             "reason": "GGD innovatiebudget voor het digitale wijkplatform"}""")
    public record SourcesRequest(
            @NotEmpty @Size(max = 20) List<@Valid @NotNull SourceAmount> sources,
            @Size(max = 500) String reason) {
    }

    public record AgreementView(UUID id, int firstYear, int lastYear, String description, List<BudgetSummary> years) {
    }

    public record BudgetSummary(int year, long totalCents, int revision, boolean settled) {

        static BudgetSummary of(WardBudget b) {
            return new BudgetSummary(b.year, b.totalCents, b.revision, b.settled());
        }
    }

    public record RevisionView(int revision, long totalCents, boolean amendment, String reason, String changedBy,
            Instant changedAt, List<SourceAmount> sources) {

        static RevisionView of(BudgetRevision r) {
            return new RevisionView(r.revision, r.totalCents, r.amendment, r.reason, r.changedBy, r.changedAt,
                    r.sources.stream().map(s -> new SourceAmount(s.source, s.amountCents)).toList());
        }
    }

    /** Payload of budget.budget-set. */
    public record BudgetSet(int year, long totalCents, int revision, List<EventSource> sources) {
    }

    public record EventSource(String source, long amountCents) {
    }
}
