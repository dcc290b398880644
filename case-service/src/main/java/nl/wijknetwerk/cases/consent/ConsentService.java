package nl.wijknetwerk.cases.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.cases.consent.ConsentApi.ConsentRecorded;
import nl.wijknetwerk.cases.consent.ConsentApi.ConsentView;
import nl.wijknetwerk.cases.consent.ConsentApi.Consents;
import nl.wijknetwerk.cases.consent.ConsentApi.Sharing;
import nl.wijknetwerk.cases.consent.ConsentApi.RecordConsent;
import nl.wijknetwerk.cases.mdo.Mdo;
import nl.wijknetwerk.cases.mdo.MdoQueries;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.cases.resident.ResidentQueries;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Records the resident's consent decisions, applies them to who sees the case ({@link CaseSharing}) and publishes
 * them. Called inside the request's transaction.
 */
@ApplicationScoped
public class ConsentService {

    private final CaseSharing sharing;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final MdoQueries mdos;
    private final ResidentQueries residents;
    private final CaseQueries cases;

    public ConsentService(CaseSharing sharing, Outbox outbox, WardContext context, WardCalendar calendar, MdoQueries mdos,
            ResidentQueries residents, CaseQueries cases) {
        this.sharing = sharing;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.mdos = mdos;
        this.residents = residents;
        this.cases = cases;
    }

    /** Who sees the case now, and every decision the resident took about it. */
    public Consents consentsOf(UUID caseId) {
        return new Consents(cases.links(caseId).stream().map(o -> new Sharing(o.organisation, o.via, o.scope, o.leftWardOn)).toList(),
                Consent.ofCase(caseId).stream().map(ConsentView::of).toList());
    }

    public Consent record(CaseFile c, RecordConsent request) {
        LocalDate today = calendar.today();
        LocalDate decidedOn = request.decidedOn() == null ? today : request.decidedOn();
        if (decidedOn.isAfter(today) || decidedOn.isBefore(c.openedOn)) {
            throw ProblemException.badRequest("decidedOn", new Objection("must lie between the case's opening (" + c.openedOn + ") and today",
                    "moet tussen de opening van de casus (" + c.openedOn + ") en vandaag liggen"));
        }
        if (request.mdoId() != null) {
            Mdo m = mdos.find(request.mdoId());
            if (m == null || !m.caseId.equals(c.id)) {
                throw ProblemException.unprocessable("mdoId", new Objection("not an MDO of this case", "geen MDO van deze casus"));
            }
        }
        Consent.DecidedBy by = request.decidedBy() == null ? Consent.DecidedBy.RESIDENT : request.decidedBy();
        Consent k = persist(c, request.decision(), request.organisations(), by, decidedOn, request.mdoId());
        Resident resident = residents.find(c.residentId);
        outbox.publish(EventTypes.CONSENT_RECORDED, c.ward, c.id.toString(), new ConsentRecorded(c.id, k.id,
                resident == null ? null : resident.pseudonym, k.decision, k.organisations, k.decidedBy, k.decidedOn, k.mdoId));
        return k;
    }

    /**
     * The resident consented at the table to share the case with the organisations present. No event of its own:
     * mdo-held already says so, with the same organisations.
     */
    public Consent givenAtTable(CaseFile c, Mdo m, List<String> organisations, LocalDate heldOn) {
        return persist(c, Consent.Decision.GIVEN, organisations, Consent.DecidedBy.RESIDENT, heldOn, m.id);
    }

    private Consent persist(CaseFile c, Consent.Decision decision, List<String> organisations, Consent.DecidedBy by,
            LocalDate decidedOn, UUID mdoId) {
        Consent k = new Consent();
        k.id = UUID.randomUUID();
        k.caseId = c.id;
        k.residentId = c.residentId;
        k.decision = decision;
        k.organisations = organisations.stream().distinct().toList();
        k.decidedBy = by;
        k.decidedOn = decidedOn;
        k.mdoId = mdoId;
        k.recordedBy = context.user();
        k.recordedByOrganisation = context.organisation();
        k.recordedAt = Instant.now();
        k.persist();
        sharing.reassess(c.id);
        return k;
    }

    /** The resident's consent decisions about a case, in the order they were recorded. */
    public List<Consent> decisionsOf(UUID caseId) {
        return Consent.ofCase(caseId);
    }
}
