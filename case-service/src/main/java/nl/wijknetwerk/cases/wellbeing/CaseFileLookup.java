package nl.wijknetwerk.cases.wellbeing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.cases.microanalysis.SamplePopulation;
import nl.wijknetwerk.cases.plan.PlanQueries;
import nl.wijknetwerk.cases.resident.ResidentQueries;

/**
 * Cases through {@link CaseAccess} (who may see a case; every look at it in the access log) and their plan date
 * through {@link PlanQueries}.
 */
@ApplicationScoped
public class CaseFileLookup implements CaseLookup {

    private static final List<CaseFile.Status> ENDED = List.of(CaseFile.Status.CLOSED, CaseFile.Status.DECLINED);

    private final CaseAccess access;
    private final PlanQueries plans;
    private final CaseQueries cases;
    private final ResidentQueries residents;

    public CaseFileLookup(CaseAccess access, PlanQueries plans, CaseQueries cases, ResidentQueries residents) {
        this.access = access;
        this.plans = plans;
        this.cases = cases;
        this.residents = residents;
    }

    @Override
    public CaseSummary forRead(UUID caseId, String action) {
        return summary(access.forRead(caseId, action));
    }

    @Override
    public CaseSummary forChange(UUID caseId, String action) {
        return summary(access.forChange(caseId, action));
    }

    @Override
    public CaseSummary forScore(UUID caseId, String action) {
        // forRead lets a resident reach only the case about themselves
        return access.isResidentOnly() ? forRead(caseId, action) : forChange(caseId, action);
    }

    @Override
    public boolean readerIsManagerOnly() {
        return access.isManagerOnly();
    }

    @Override
    public List<CaseSummary> runningVisible() {
        return access.visibleCases().list().stream().filter(c -> !ENDED.contains(c.status)).map(this::summary).toList();
    }

    @Override
    public List<UUID> population() {
        java.util.Set<UUID> planned = plans.casesWithAPlan();
        return SamplePopulation.of(cases.all().stream()
                .map(c -> new SamplePopulation.Candidate(c.id, c.status == CaseFile.Status.DECLINED, planned.contains(c.id)))
                .toList());
    }

    private CaseSummary summary(CaseFile c) {
        Optional<String> pseudonym = Optional.ofNullable(c.residentId)
                .map(residents::find).map(r -> r.pseudonym);
        return new CaseSummary(c.id, c.openedOn, plans.firstAgreedOn(c.id), c.openedBy, pseudonym);
    }
}
