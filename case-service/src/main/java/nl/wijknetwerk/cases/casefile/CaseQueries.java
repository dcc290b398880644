package nl.wijknetwerk.cases.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How other features ask about cases without querying them themselves. Nothing here is logged or checked against
 * the caller: the asking feature logs what it shows, and {@link CaseAccess} is the way to load a case for someone.
 */
@ApplicationScoped
public class CaseQueries {

    /** The case with this id (the tenant filter keeps it to the current ward), or {@code null}; not logged. */
    public CaseFile find(UUID caseId) {
        return CaseFile.findById(caseId);
    }

    /** Every case of the current ward. */
    public List<CaseFile> all() {
        return CaseFile.listAll();
    }

    /** The resident's cases, in the order they were opened. */
    public List<CaseFile> ofResident(UUID residentId) {
        return CaseFile.list("residentId = ?1 order by createdAt", residentId);
    }

    /** The resident of each of these cases that has one, by case id. */
    public Map<UUID, UUID> residentsOf(Collection<UUID> caseIds) {
        Map<UUID, UUID> residents = new HashMap<>();
        if (!caseIds.isEmpty()) {
            CaseFile.<CaseFile> list("id in ?1", caseIds).forEach(c -> residents.put(c.id, c.residentId));
        }
        return residents;
    }

    /** The organisations linked to the case, in the order they came to the table. */
    public List<CaseOrganisation> links(UUID caseId) {
        return CaseOrganisation.list("caseId = ?1 order by since, organisation", caseId);
    }

    /**
     * Whether an organisation reads one of the resident's cases because she shared it at a table (MDO) by consent,
     * which lets its professionals read her record too ({@code ResidentAccess}).
     */
    public boolean sharedByMdo(UUID residentId, String organisation) {
        return CaseFile.count("from CaseFile c where c.residentId = ?1 and exists (select 1 from CaseOrganisation o "
                + "where o.caseId = c.id and o.organisation = ?2 and o.via = ?3 and o.scope = ?4)",
                residentId, organisation, CaseOrganisation.Via.MDO, CaseOrganisation.Scope.CASE) > 0;
    }
}
