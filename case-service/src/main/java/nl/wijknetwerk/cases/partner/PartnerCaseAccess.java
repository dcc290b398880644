package nl.wijknetwerk.cases.partner;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.cases.plan.Agreement;
import nl.wijknetwerk.cases.plan.PlanQueries;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Which cases a partner organisation's system may see, in one place. The rule: the organisation has an agreement
 * in the case's current Samenwerkplan <em>and</em> the resident's consent shares the case with it (its
 * {@code CaseOrganisation} scope is {@code CASE}, kept by {@code ConsentRule}): a refused or withdrawn consent, or
 * the organisation leaving the ward, ends its system's access like its professionals'.
 * <p>
 * A partner system sees only the case id and its own organisation's agreements of the current plan version: no
 * name, no question text, no intake, no other organisation's agreements. Every load is in the access log (as the
 * partner's service account and organisation); anything not visible is 404, as if it did not exist.
 */
@ApplicationScoped
public class PartnerCaseAccess {

    private final WardContext context;
    private final AccessLog log;
    private final PlanQueries plans;
    private final CaseQueries cases;

    public PartnerCaseAccess(WardContext context, AccessLog log, PlanQueries plans, CaseQueries cases) {
        this.context = context;
        this.log = log;
        this.plans = plans;
        this.cases = cases;
    }

    /** The ids of the cases of the current ward the organisation may see, oldest first, one page. */
    public List<UUID> visibleCaseIds(String organisation, int page, int size) {
        return plans.casesWithAgreementsOf(organisation, page, size);
    }

    /** The organisation's own agreements of the case's current plan version, in plan order. */
    public List<Agreement> agreements(UUID caseId, String organisation) {
        return plans.currentAgreementsOf(caseId, organisation);
    }

    /**
     * Loads a case the organisation may see, logged as {@code action}.
     *
     * @throws ProblemException 404 when it does not exist here or the organisation has no part in it
     */
    public CaseFile forOrganisation(UUID caseId, String organisation, String action) {
        CaseFile c = cases.find(caseId);
        if (c == null || !context.requireWard().equals(c.ward)) {
            log.denied(action, null, caseId);
            throw ProblemException.notFound("case", caseId);
        }
        if (agreements(c.id, organisation).isEmpty()) {
            log.denied(action, c.residentId, c.id);
            throw ProblemException.notFound("case", caseId);
        }
        log.granted(action, c.residentId, c.id);
        return c;
    }

    /**
     * One of the organisation's own agreements of the case's current plan, logged as {@code action}.
     *
     * @throws ProblemException 404 for another organisation's agreement, or one of another case or plan version
     */
    public Agreement agreement(CaseFile c, UUID agreementId, String organisation, String action) {
        return agreements(c.id, organisation).stream().filter(a -> a.id.equals(agreementId)).findFirst().orElseThrow(() -> {
            log.denied(action, c.residentId, c.id);
            return ProblemException.notFound("agreement", agreementId);
        });
    }
}
