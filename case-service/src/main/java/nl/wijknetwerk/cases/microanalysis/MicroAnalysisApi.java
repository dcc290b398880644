package nl.wijknetwerk.cases.microanalysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.microanalysis.Pricing.Scenario;
import nl.wijknetwerk.cases.pricelist.FinancingDomain;

/** Request and response bodies of the micro-analysis API. */
public final class MicroAnalysisApi {

    private MicroAnalysisApi() {
    }

    @Schema(name = "AnalyseCase", examples = """
            {"edition": "2024-demo", "caseType": "EXISTING",
             "scenarios": {
               "current": [{"item": "WMO-BG-UUR", "quantityPerYear": 104}],
               "doNothing": [{"item": "WLZ-VV4-DAG", "quantityPerYear": 365}],
               "chosen": [{"item": "WMO-HH-UUR", "quantityPerYear": 130.5}, {"item": "WMO-TRAPLIFT", "quantityPerYear": 1}]
             }}""")
    public record AnalyseCase(
            @NotBlank @Size(max = 40) String edition,
            @Schema(description = "an earlier analysis of this case that this one repeats") UUID repeatOf,
            @Schema(description = "EXISTING (bestaande casus: weighed against the current situation) or NEW (nieuwe "
                    + "casus: no care before, weighed against doing nothing); when left out, an analysis without any "
                    + "current cost is NEW") CaseType caseType,
            @NotNull @Valid Scenarios scenarios,
            @Size(max = 4000) String note) {
    }

    public record Scenarios(
            @NotNull @Size(max = 100) List<@NotNull @Valid Quantity> current,
            @NotNull @Size(max = 100) List<@NotNull @Valid Quantity> doNothing,
            @NotNull @Size(max = 100) List<@NotNull @Valid Quantity> chosen) {

        List<Quantity> of(Scenario scenario) {
            return switch (scenario) {
                case CURRENT -> current;
                case DO_NOTHING -> doNothing;
                case CHOSEN -> chosen;
            };
        }
    }

    /** How much of a price-list item a scenario uses in a year; hours may be fractional (two decimals). */
    public record Quantity(
            @NotBlank String item,
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal quantityPerYear) {
    }

    public record LineView(String item, FinancingDomain domain, long unitPriceCents, BigDecimal quantityPerYear,
            long amountCents) {
    }

    public record ScenarioView(long totalCents, Map<FinancingDomain, Long> byDomainCents, List<LineView> lines) {
    }

    public record AnalysisView(UUID id, UUID caseId, String edition, UUID repeatOf, CaseType caseType,
            LocalDate completedOn, String computedBy, String computedByOrganisation, String note, ScenarioView current,
            ScenarioView doNothing, ScenarioView chosen, long savingsVsCurrentCents, long savingsVsDoNothingCents,
            @Schema(description = "the saving this case is judged by: vs current for an existing case, vs doing "
                    + "nothing for a new one") long savingsCents) {

        static AnalysisView of(MicroAnalysis a) {
            Pricing.Outcome o = a.outcome();
            return new AnalysisView(a.id, a.caseId, a.edition, a.repeatOf, a.caseType, a.completedOn, a.computedBy,
                    a.computedByOrganisation, a.note, view(a, Scenario.CURRENT, o.current()),
                    view(a, Scenario.DO_NOTHING, o.doNothing()), view(a, Scenario.CHOSEN, o.chosen()),
                    o.savingsVsCurrentCents(), o.savingsVsDoNothingCents(), a.caseType.savingCents(o));
        }

        private static ScenarioView view(MicroAnalysis a, Scenario scenario, Pricing.ScenarioTotal total) {
            return new ScenarioView(total.totalCents(), total.byDomainCents(), a.lines.stream()
                    .filter(l -> l.scenario == scenario)
                    .map(l -> new LineView(l.itemCode, l.domain, l.unitPriceCents, l.quantityPerYear, l.amountCents))
                    .toList());
        }
    }

    public record Sample(String ward, long seed, int size, int population, List<UUID> cases) {
    }

    /** Payload of micro-analysis-completed: totals only, pseudonymous. */
    public record MicroAnalysisCompleted(UUID caseId, UUID analysisId, String edition, LocalDate completedOn,
            Boolean repeat, String computedBy, CaseType caseType, Totals totals, ByDomain byDomain,
            long savingsVsCurrentCents, long savingsVsDoNothingCents) {
    }

    public record Totals(long currentCents, long doNothingCents, long chosenCents) {
    }

    public record ByDomain(Map<FinancingDomain, Long> current, Map<FinancingDomain, Long> doNothing,
            Map<FinancingDomain, Long> chosen) {
    }
}
