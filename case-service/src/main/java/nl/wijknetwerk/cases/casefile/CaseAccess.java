package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Who may see a case, and the one way to load a case on behalf of the caller.
 * <ul>
 * <li>a coordinator: every case of the wards in their token;</li>
 * <li>a professional (or manager) of an organisation: the cases that organisation opened or where it sat, or is
 * invited to sit, at an MDO table ({@link CaseOrganisation}); the resident's consent at the MDO covers exactly
 * those organisations;</li>
 * <li>a resident: only the cases about themselves (their token's user is the account on their resident record).</li>
 * </ul>
 * Anyone else gets 404, exactly as if the case did not exist, so a case's existence does not leak. Every load is
 * written to the access log: granted in the request's transaction, a refusal in a transaction of its own.
 */
@ApplicationScoped
public class CaseAccess {

    private final WardContext context;
    private final AccessLog log;

    public CaseAccess(WardContext context, AccessLog log) {
        this.context = context;
        this.log = log;
    }

    /**
     * Loads a case of the current ward for reading.
     *
     * @param action what the caller does, for the access log, e.g. {@code case.read}, {@code wellbeing.read}
     * @throws ProblemException 404 when the case does not exist here or the caller may not see it
     */
    public CaseFile forRead(UUID caseId, String action) {
        CaseFile c = visible(caseId, action);
        log.granted(action, c.residentId, c.id);
        return c;
    }

    /**
     * Loads a case of the current ward to change it. Residents read their case but changes are made at the table by
     * professionals: a resident gets 403 here.
     */
    public CaseFile forChange(UUID caseId, String action) {
        CaseFile c = visible(caseId, action);
        if (isResidentOnly()) {
            log.denied(action, c.residentId, c.id);
            throw ProblemException.forbidden("A resident reads their case; changes are made together at the table");
        }
        log.granted(action, c.residentId, c.id);
        return c;
    }

    /** Whether the caller may see this case (no logging). */
    public boolean mayRead(CaseFile c) {
        if (context.hasRole("coordinator")) {
            return true;
        }
        String organisation = context.organisation();
        if (organisation != null && (context.hasRole("professional") || context.hasRole("manager"))
                && CaseOrganisation.count("caseId = ?1 and organisation = ?2", c.id, organisation) > 0) {
            return true;
        }
        return context.hasRole("resident") && c.residentId != null && isOwnRecord(c.residentId);
    }

    /** The cases of the current ward the caller may see, newest first, as a query to page through. */
    public PanacheQuery<CaseFile> visibleCases() {
        if (context.hasRole("coordinator")) {
            return CaseFile.find("order by createdAt desc, id");
        }
        String organisation = context.organisation();
        if (organisation != null && (context.hasRole("professional") || context.hasRole("manager"))) {
            return CaseFile.find("from CaseFile c where exists (select 1 from CaseOrganisation o where o.caseId = c.id "
                    + "and o.organisation = ?1) order by c.createdAt desc, c.id", organisation);
        }
        return CaseFile.find("from CaseFile c where c.residentId in (select r.id from Resident r where r.account = ?1) "
                + "order by c.createdAt desc, c.id", context.user());
    }

    /** Lets an organisation read a case from now on (idempotent). */
    public void admit(CaseFile c, String organisation, CaseOrganisation.Via via) {
        if (organisation == null || CaseOrganisation.count("caseId = ?1 and organisation = ?2", c.id, organisation) > 0) {
            return;
        }
        CaseOrganisation o = new CaseOrganisation();
        o.id = UUID.randomUUID();
        o.caseId = c.id;
        o.organisation = organisation;
        o.via = via;
        o.since = Instant.now();
        o.persist();
    }

    /** The organisations that may read the case, in the order they came to the table. */
    public List<String> organisations(UUID caseId) {
        return CaseOrganisation.<CaseOrganisation> list("caseId = ?1 order by since, organisation", caseId).stream()
                .map(o -> o.organisation).toList();
    }

    /** Whether the caller is the resident of this record (their login is the record's account). */
    public boolean isOwnRecord(UUID residentId) {
        Resident r = Resident.findById(residentId);
        return r != null && r.account != null && r.account.equals(context.user());
    }

    /** The caller acts only as a resident, not also as a professional or coordinator. */
    public boolean isResidentOnly() {
        return context.hasRole("resident") && !context.hasRole("professional") && !context.hasRole("coordinator");
    }

    private CaseFile visible(UUID caseId, String action) {
        CaseFile c = CaseFile.findById(caseId);
        // The tenant filter already hides other wards' rows; the explicit check keeps that true for cached entities.
        if (c == null || !context.requireWard().equals(c.ward)) {
            log.denied(action, null, caseId);
            throw ProblemException.notFound("case", caseId);
        }
        if (!mayRead(c)) {
            log.denied(action, c.residentId, c.id);
            throw ProblemException.notFound("case", caseId);
        }
        return c;
    }
}
