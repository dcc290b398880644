package nl.wijknetwerk.cases.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Questions other features ask about a case's plan (e.g. wellbeing due dates hang on the plan date). */
@ApplicationScoped
public class PlanQueries {

    /** The day the first Samenwerkplan version of the case was agreed: "the plan date"; empty while there is none. */
    public Optional<LocalDate> firstAgreedOn(UUID caseId) {
        return PlanVersion.<PlanVersion> find("caseId = ?1 order by version", caseId).firstResultOptional()
                .map(p -> p.agreedOn);
    }

    /** The current ward's cases that have an agreed plan. */
    public java.util.Set<UUID> casesWithAPlan() {
        return new java.util.HashSet<>(PlanVersion.getEntityManager()
                .createQuery("select distinct p.caseId from PlanVersion p", UUID.class).getResultList());
    }

    /** The latest agreed version of the plan. */
    public Optional<PlanVersion> latest(UUID caseId) {
        return PlanVersion.<PlanVersion> find("caseId = ?1 order by version desc", caseId).firstResultOptional();
    }

    /** Whether the agreement exists and belongs to the case (a barrier may name the agreement it blocks). */
    public boolean isAgreementOf(UUID agreementId, UUID caseId) {
        Agreement a = Agreement.findById(agreementId);
        return a != null && a.caseId.equals(caseId);
    }
}
