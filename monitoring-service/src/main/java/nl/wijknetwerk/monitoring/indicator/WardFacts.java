package nl.wijknetwerk.monitoring.indicator;

import java.util.List;

import nl.wijknetwerk.monitoring.facts.AgreementFact;
import nl.wijknetwerk.monitoring.facts.AnalysisFact;
import nl.wijknetwerk.monitoring.facts.BarrierFact;
import nl.wijknetwerk.monitoring.facts.BudgetFact;
import nl.wijknetwerk.monitoring.facts.CaseFact;
import nl.wijknetwerk.monitoring.facts.CommitmentFact;
import nl.wijknetwerk.monitoring.facts.InitiativeState;
import nl.wijknetwerk.monitoring.facts.LeersessieFact;
import nl.wijknetwerk.monitoring.facts.MdoFact;
import nl.wijknetwerk.monitoring.facts.ProfessionalFact;
import nl.wijknetwerk.monitoring.facts.PulseFact;
import nl.wijknetwerk.monitoring.facts.SpendingFact;
import nl.wijknetwerk.monitoring.facts.WellbeingFact;
import nl.wijknetwerk.monitoring.imports.ImportedValue;

/** Everything known of one ward, read once so that many periods (a trend, a report) are computed from one snapshot. */
public record WardFacts(
        String ward,
        List<CaseFact> cases,
        List<MdoFact> mdos,
        List<AgreementFact> agreements,
        List<WellbeingFact> wellbeing,
        List<AnalysisFact> analyses,
        List<BarrierFact> barriers,
        List<InitiativeState> initiatives,
        List<LeersessieFact> leersessies,
        List<ProfessionalFact> professionals,
        List<PulseFact> pulses,
        List<BudgetFact> budgets,
        List<SpendingFact> spending,
        List<CommitmentFact> commitments,
        List<ImportedValue> imported) {

    public static WardFacts empty(String ward) {
        return new WardFacts(ward, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
