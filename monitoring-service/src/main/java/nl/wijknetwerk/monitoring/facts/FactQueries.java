package nl.wijknetwerk.monitoring.facts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The facts the consumers recorded, one kind at a time, for the indicators to read. Besides the tenant filter of the
 * session, every query names the ward: a comparison reads as the root tenant and must still get one ward's rows.
 */
@ApplicationScoped
public class FactQueries {

    public List<CaseFact> cases(String ward) {
        return CaseFact.list("ward", ward);
    }

    public List<MdoFact> mdos(String ward) {
        return MdoFact.list("ward", ward);
    }

    public List<AgreementFact> agreements(String ward) {
        return AgreementFact.list("ward", ward);
    }

    public List<WellbeingFact> wellbeing(String ward) {
        return WellbeingFact.list("ward", ward);
    }

    public List<AnalysisFact> analyses(String ward) {
        return AnalysisFact.list("ward", ward);
    }

    public List<BarrierFact> barriers(String ward) {
        return BarrierFact.list("ward", ward);
    }

    public List<InitiativeState> initiatives(String ward) {
        return InitiativeState.list("ward", ward);
    }

    public List<LeersessieFact> leersessies(String ward) {
        return LeersessieFact.list("ward", ward);
    }

    public List<ProfessionalFact> professionals(String ward) {
        return ProfessionalFact.list("ward", ward);
    }

    public List<PulseFact> pulses(String ward) {
        return PulseFact.list("ward", ward);
    }

    public List<BudgetFact> budgets(String ward) {
        return BudgetFact.list("ward", ward);
    }

    public List<SpendingFact> spending(String ward) {
        return SpendingFact.list("ward", ward);
    }

    public List<CommitmentFact> commitments(String ward) {
        return CommitmentFact.list("ward", ward);
    }
}
