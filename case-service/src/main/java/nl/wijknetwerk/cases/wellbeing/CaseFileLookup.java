package nl.wijknetwerk.cases.wellbeing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.shared.problem.ProblemException;

/** Reads cases straight from {@link CaseFile}; a case without an agreed plan has no plan date yet. */
@ApplicationScoped
public class CaseFileLookup implements CaseLookup {

    @Override
    public CaseSummary require(String ward, UUID caseId, String action) {
        CaseFile c = CaseFile.findById(caseId);
        if (c == null || !ward.equals(c.ward)) {
            throw ProblemException.notFound("case", caseId);
        }
        return summary(c);
    }

    @Override
    public List<CaseSummary> running() {
        return CaseFile.<CaseFile> list("order by openedOn, id").stream().map(CaseFileLookup::summary).toList();
    }

    private static CaseSummary summary(CaseFile c) {
        return new CaseSummary(c.id, c.openedOn, Optional.empty(), c.openedBy, Optional.empty());
    }
}
