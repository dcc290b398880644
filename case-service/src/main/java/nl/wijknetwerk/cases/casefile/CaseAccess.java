package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.resident.ResidentQueries;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Who may see a case, and the one way to load a case on behalf of the caller.
 * <ul>
 * <li>a coordinator: every case of the wards in their token;</li>
 * <li>a professional (or manager) of an organisation: the cases that organisation opened, and the cases shared with
 * it by the resident's consent ({@link CaseOrganisation#scope} {@code CASE}, kept by {@code CaseSharing} from the
 * rule in {@code ConsentRule}); an organisation only invited to a table sees that meeting and nothing else
 * ({@link #forMeeting});</li>
 * <li>a resident: only the cases about themselves (their token's user is the account on their resident record).</li>
 * </ul>
 * Anyone else gets 404, exactly as if the case did not exist, so a case's existence does not leak. Every load is
 * written to the access log: granted in the request's transaction, a refusal in a transaction of its own.
 */
@ApplicationScoped
public class CaseAccess {

    private final WardContext context;
    private final AccessLog log;
    private final ResidentQueries residents;

    public CaseAccess(WardContext context, AccessLog log, ResidentQueries residents) {
        this.context = context;
        this.log = log;
        this.residents = residents;
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

    /**
     * Loads a case whose MDOs the caller wants to see: the whole case when they may read it, or, for an organisation
     * only invited to a table so far, the meeting alone. Logged like {@link #forRead}.
     *
     * @return the case and what of it the caller may see ({@code CASE} or {@code MEETING})
     * @throws ProblemException 404 when the caller may see neither
     */
    public Seen forMeeting(UUID caseId, String action) {
        CaseFile c = CaseFile.findById(caseId);
        if (c != null && context.requireWard().equals(c.ward) && !mayRead(c) && callerOrganisationMay(c)
                && scopeOf(c.id, context.organisation()) == CaseOrganisation.Scope.MEETING) {
            log.granted(action + ".invitation", c.residentId, c.id);
            return new Seen(c, CaseOrganisation.Scope.MEETING);
        }
        return new Seen(forRead(caseId, action), CaseOrganisation.Scope.CASE);
    }

    /** A case loaded for the caller, with what of it they may see. */
    public record Seen(CaseFile caseFile, CaseOrganisation.Scope scope) {
    }

    /**
     * What an organisation may see of a case of the current ward: {@code CASE} (everything: question, intake, MDOs,
     * plan, measurements and the resident's record), {@code MEETING} (only the MDOs it is invited to: when, where,
     * who invites) or {@code NONE}. Derived from the resident's consent by {@code ConsentRule}; partner systems ask
     * this before they show anything of a case.
     */
    public CaseOrganisation.Scope scopeOf(UUID caseId, String organisation) {
        if (organisation == null) {
            return CaseOrganisation.Scope.NONE;
        }
        CaseOrganisation o = CaseOrganisation.find("caseId = ?1 and organisation = ?2", caseId, organisation).firstResult();
        return o == null ? CaseOrganisation.Scope.NONE : o.scope;
    }

    /** Whether the caller may see this case (no logging). */
    public boolean mayRead(CaseFile c) {
        if (context.hasRole(Roles.COORDINATOR)) {
            return true;
        }
        if (callerOrganisationMay(c) && scopeOf(c.id, context.organisation()) == CaseOrganisation.Scope.CASE) {
            return true;
        }
        return context.hasRole(Roles.RESIDENT) && c.residentId != null && isOwnRecord(c.residentId);
    }

    private boolean callerOrganisationMay(CaseFile c) {
        return context.organisation() != null && (context.hasRole(Roles.PROFESSIONAL) || context.hasRole(Roles.MANAGER));
    }

    /** The cases of the current ward the caller may see, newest first, as a query to page through. */
    public PanacheQuery<CaseFile> visibleCases() {
        if (context.hasRole(Roles.COORDINATOR)) {
            return CaseFile.find("order by createdAt desc, id");
        }
        String organisation = context.organisation();
        if (organisation != null && (context.hasRole(Roles.PROFESSIONAL) || context.hasRole(Roles.MANAGER))) {
            return CaseFile.find("from CaseFile c where exists (select 1 from CaseOrganisation o where o.caseId = c.id "
                    + "and o.organisation = ?1 and o.scope = ?2) order by c.createdAt desc, c.id", organisation,
                    CaseOrganisation.Scope.CASE);
        }
        return CaseFile.find("from CaseFile c where c.residentId in (select r.id from Resident r where r.account = ?1) "
                + "order by c.createdAt desc, c.id", context.user());
    }

    /**
     * Links an organisation to a case (idempotent): the opener sees the case from now on; an invited organisation
     * sees what {@code CaseSharing} derives for it.
     */
    public void admit(CaseFile c, String organisation, CaseOrganisation.Via via) {
        if (organisation == null || CaseOrganisation.count("caseId = ?1 and organisation = ?2", c.id, organisation) > 0) {
            return;
        }
        link(c, organisation, via);
    }

    /**
     * Links the organisation that opened the case, in the transaction that created it: the case is new, so no link
     * can exist yet and {@link #admit}'s look-up would always find none.
     */
    public void admitOpener(CaseFile c) {
        if (c.openedByOrganisation != null) {
            link(c, c.openedByOrganisation, CaseOrganisation.Via.OPENED);
        }
    }

    private static void link(CaseFile c, String organisation, CaseOrganisation.Via via) {
        CaseOrganisation o = new CaseOrganisation();
        o.id = UUID.randomUUID();
        o.caseId = c.id;
        o.organisation = organisation;
        o.via = via;
        o.since = Instant.now();
        o.scope = via == CaseOrganisation.Via.OPENED ? CaseOrganisation.Scope.CASE : CaseOrganisation.Scope.MEETING;
        o.persist();
    }

    /**
     * Sets what each organisation linked to the case may see, as the consent rule derives it from the link
     * ({@code CaseSharing}).
     */
    public void rescope(UUID caseId, Function<CaseOrganisation, CaseOrganisation.Scope> rule) {
        CaseOrganisation.<CaseOrganisation> list("caseId", caseId).forEach(o -> o.scope = rule.apply(o));
    }

    /** An organisation stopped taking part in the ward: it sees none of the ward's cases any more. */
    public int leaveWard(String organisation, LocalDate until) {
        List<CaseOrganisation> links = CaseOrganisation.list("organisation = ?1 and leftWardOn is null", organisation);
        links.forEach(o -> {
            o.leftWardOn = until;
            o.scope = CaseOrganisation.Scope.NONE;
        });
        return links.size();
    }

    /** The organisations that may read the case, in the order they came to the table. */
    public List<String> organisations(UUID caseId) {
        return CaseOrganisation.<CaseOrganisation> list("caseId = ?1 and scope = ?2 order by since, organisation", caseId,
                CaseOrganisation.Scope.CASE).stream().map(o -> o.organisation).toList();
    }

    /** Whether the caller is the resident of this record (their login is the record's account). */
    public boolean isOwnRecord(UUID residentId) {
        return residents.hasAccount(residentId, context.user());
    }

    /**
     * The caller is a manager and not also a professional or coordinator: they steer capacity and remove barriers,
     * so they see a case's course, not the resident's question, intake or record.
     */
    public boolean isManagerOnly() {
        return context.hasRole(Roles.MANAGER) && !context.hasRole(Roles.PROFESSIONAL) && !context.hasRole(Roles.COORDINATOR);
    }

    /** The caller acts only as a resident, not also as a professional or coordinator. */
    public boolean isResidentOnly() {
        return context.hasRole(Roles.RESIDENT) && !context.hasRole(Roles.PROFESSIONAL) && !context.hasRole(Roles.COORDINATOR);
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
