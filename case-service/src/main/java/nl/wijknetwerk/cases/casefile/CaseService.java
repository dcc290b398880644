package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.casefile.CaseApi.CaseClosed;
import nl.wijknetwerk.cases.casefile.CaseApi.CaseDeclined;
import nl.wijknetwerk.cases.casefile.CaseApi.CaseOpened;
import nl.wijknetwerk.cases.casefile.CaseApi.CloseCase;
import nl.wijknetwerk.cases.casefile.CaseApi.DeclineCase;
import nl.wijknetwerk.cases.casefile.CaseApi.LinkResident;
import nl.wijknetwerk.cases.casefile.CaseApi.OpenCase;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.cases.resident.ResidentQueries;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** The course of a case (open, link its resident, decline, reopen, start, close) and the events it publishes. */
@ApplicationScoped
public class CaseService {

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final CaseAccess access;
    private final AccessLog log;
    private final ResidentQueries residents;

    public CaseService(Outbox outbox, WardContext context, WardCalendar calendar, CaseAccess access, AccessLog log,
            ResidentQueries residents) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.access = access;
        this.log = log;
        this.residents = residents;
    }

    @Transactional
    public CaseFile open(String ward, OpenCase request) {
        Resident resident = null;
        if (request.residentId() != null) {
            resident = residents.inWard(request.residentId(), ward);
            if (resident == null) {
                throw ProblemException.unprocessable("residentId", new Objection("no resident with this id in ward " + ward, "geen bewoner met dit id in wijk " + ward));
            }
        }
        if (access.isResidentOnly() && (resident == null || !access.isOwnRecord(resident.id))) {
            throw ProblemException.unprocessable("residentId", new Objection("a resident can only open a case about themselves",
                    "een bewoner kan alleen een casus over zichzelf openen"));
        }
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        // The tenant column is stamped at flush; set here so the answer can be built from the case without one.
        c.ward = ward;
        c.kind = request.kind();
        c.residentId = resident == null ? null : resident.id;
        c.question = request.question().strip();
        c.lifeDomains = request.lifeDomains() == null ? List.of()
                : request.lifeDomains().stream().distinct().map(LifeDomain::name).toList();
        c.startedBy = request.startedBy();
        c.triageRoute = request.triageRoute();
        c.status = CaseFile.Status.OPEN;
        c.openedBy = context.user();
        c.openedByOrganisation = context.organisation();
        c.openedOn = calendar.today();
        c.createdAt = Instant.now();
        c.persist();
        access.admitOpener(c);
        log.granted("case.open", c.residentId, c.id);
        outbox.publish(EventTypes.CASE_OPENED, ward, c.id.toString(), new CaseOpened(c.id, c.kind,
                resident == null ? null : resident.pseudonym, c.startedBy, c.openedByOrganisation, c.lifeDomains,
                c.triageRoute, c.openedOn));
        return c;
    }

    @Transactional
    public CaseFile linkResident(String ward, UUID id, LinkResident request) {
        CaseFile c = access.forChange(id, "case.link-resident");
        if (c.residentId != null && !c.residentId.equals(request.residentId())) {
            throw ProblemException.conflict(new Objection("This case already has its resident; open a new case for someone else",
                    "Deze casus heeft al een bewoner; open een nieuwe casus voor iemand anders"));
        }
        Resident resident = residents.inWard(request.residentId(), ward);
        if (resident == null) {
            throw ProblemException.unprocessable("residentId", new Objection("no resident with this id in ward " + ward, "geen bewoner met dit id in wijk " + ward));
        }
        c.residentId = resident.id;
        log.granted("case.link-resident", resident.id, c.id);
        return c;
    }

    @Transactional
    public CaseFile decline(String ward, UUID id, DeclineCase request) {
        CaseFile c = access.forChange(id, "case.decline");
        LocalDate today = calendar.today();
        if (!request.followUpOn().isAfter(today)) {
            throw ProblemException.badRequest("followUpOn", new Objection("must be after today (" + today + ")", "moet na vandaag (" + today + ") liggen"));
        }
        c.apply(CaseLifecycle.Step.DECLINE);
        c.declinedOn = today;
        c.followUpOn = request.followUpOn();
        outbox.publish(EventTypes.CASE_DECLINED, ward, c.id.toString(), new CaseDeclined(c.id, c.followUpOn));
        return c;
    }

    /**
     * Takes a step of the case's course for another feature (planning an MDO, agreeing a plan), in its transaction;
     * {@link CaseLifecycle} refuses a step that does not follow.
     */
    public void step(CaseFile c, CaseLifecycle.Step step) {
        c.apply(step);
    }

    /** Sends the case along another triage route, for the triage feature (which keeps the rule and the history). */
    public void route(CaseFile c, CaseFile.TriageRoute route) {
        c.triageRoute = route;
    }

    @Transactional
    public CaseFile reopen(UUID id) {
        CaseFile c = access.forChange(id, "case.reopen");
        c.apply(CaseLifecycle.Step.REOPEN);
        c.followUpOn = null;
        return c;
    }

    @Transactional
    public CaseFile start(UUID id) {
        CaseFile c = access.forChange(id, "case.start");
        c.apply(CaseLifecycle.Step.START);
        return c;
    }

    @Transactional
    public CaseFile close(String ward, UUID id, CloseCase request) {
        CaseFile c = access.forChange(id, "case.close");
        c.apply(CaseLifecycle.Step.CLOSE);
        c.closeReason = request.reason();
        c.closedOn = calendar.today();
        outbox.publish(EventTypes.CASE_CLOSED, ward, c.id.toString(), new CaseClosed(c.id, c.closeReason, c.closedOn));
        return c;
    }
}
