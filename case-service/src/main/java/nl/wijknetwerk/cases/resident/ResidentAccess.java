package nl.wijknetwerk.cases.resident;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Who may see a resident's personal data: a coordinator; the resident themselves; a professional (not a manager) of the
 * organisation that registered them or of an organisation the resident shared one of their cases with by consent
 * ({@code ConsentRule}). Opening a case that names a resident gives the opener that case, not the resident's record or
 * their other cases. Anyone else gets 404. Every access, granted or refused, is in the access log.
 */
@ApplicationScoped
public class ResidentAccess {

    private final WardContext context;
    private final AccessLog log;
    private final CaseQueries cases;

    public ResidentAccess(WardContext context, AccessLog log, CaseQueries cases) {
        this.context = context;
        this.log = log;
        this.cases = cases;
    }

    public Resident forRead(UUID residentId, String action) {
        Resident r = Resident.findById(residentId);
        if (r == null || !context.requireWard().equals(r.ward) || !mayRead(r)) {
            log.denied(action, residentId, null);
            throw ProblemException.notFound("resident", residentId);
        }
        log.granted(action, r.id, null);
        return r;
    }

    /**
     * Loads a resident's record for the resident herself, or the coordinator answering her questions (her access log,
     * her file); anyone else gets 404.
     */
    public Resident forSelf(UUID residentId, String action) {
        Resident r = forRead(residentId, action);
        if (!isSelf(r) && !context.hasRole(Roles.COORDINATOR)) {
            throw ProblemException.notFound("resident", residentId);
        }
        return r;
    }

    public Resident forChange(UUID residentId, String action) {
        Resident r = forRead(residentId, action);
        if (context.hasRole(Roles.RESIDENT) && !context.hasRole(Roles.PROFESSIONAL) && !context.hasRole(Roles.COORDINATOR)
                && !isSelf(r)) {
            throw ProblemException.forbidden("Only the resident or a professional may change this record");
        }
        return r;
    }

    boolean mayRead(Resident r) {
        if (context.hasRole(Roles.COORDINATOR) || isSelf(r)) {
            return true;
        }
        String organisation = context.organisation();
        // Managers steer capacity and remove barriers: they have no need of a resident's record.
        if (organisation == null || !context.hasRole(Roles.PROFESSIONAL)) {
            return false;
        }
        return organisation.equals(r.registeredByOrganisation) || cases.sharedByMdo(r.id, organisation);
    }

    public boolean isSelf(Resident r) {
        return context.hasRole(Roles.RESIDENT) && r.account != null && r.account.equals(context.user());
    }
}
