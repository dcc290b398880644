package nl.wijknetwerk.cases.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Page;
import nl.wijknetwerk.cases.casefile.CaseOrganisation;

/** Questions other features ask about a case's plan (e.g. wellbeing due dates hang on the plan date). */
@ApplicationScoped
public class PlanQueries {

    /** JPQL condition on an Agreement {@code a} and the organisation {@code :organisation}. */
    static final String AGREEMENT_IN_CURRENT_PLAN = "a.organisation = :organisation and a.planVersionId = "
            + "(select p.id from PlanVersion p where p.caseId = a.caseId and p.version = "
            + "(select max(p2.version) from PlanVersion p2 where p2.caseId = a.caseId))"
            + " and exists (select 1 from CaseOrganisation o where o.caseId = a.caseId and o.organisation = :organisation"
            + " and o.scope = :consented)";

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

    /** Every agreed version of the case's plan, oldest first. */
    public List<PlanVersion> versions(UUID caseId) {
        return PlanVersion.list("caseId = ?1 order by version", caseId);
    }

    /** Every agreement of every version of the case's plan. */
    public List<Agreement> agreements(UUID caseId) {
        return Agreement.list("caseId", caseId);
    }

    /** The version number of a plan version. */
    public int versionNumber(UUID planVersionId) {
        return PlanVersion.<PlanVersion> findById(planVersionId).version;
    }

    /**
     * The ids of the current ward's cases in whose current plan version the organisation has an agreement and which
     * the resident's consent shares with it ({@code CaseOrganisation} scope {@code CASE}), in id order, one page.
     */
    public List<UUID> casesWithAgreementsOf(String organisation, int page, int size) {
        return PlanVersion.getEntityManager().createQuery("select distinct a.caseId from Agreement a where "
                + AGREEMENT_IN_CURRENT_PLAN + " order by a.caseId", UUID.class)
                .setParameter("organisation", organisation).setParameter("consented", CaseOrganisation.Scope.CASE)
                .setFirstResult(Page.of(page, size).index * size).setMaxResults(size).getResultList();
    }

    /** The organisation's own agreements of the case's current plan version, in plan order, if consent shares the case. */
    public List<Agreement> currentAgreementsOf(UUID caseId, String organisation) {
        return PlanVersion.getEntityManager().createQuery("select a from Agreement a where a.caseId = :case and "
                + AGREEMENT_IN_CURRENT_PLAN + " order by a.position", Agreement.class)
                .setParameter("case", caseId).setParameter("organisation", organisation)
                .setParameter("consented", CaseOrganisation.Scope.CASE).getResultList();
    }
}
