package nl.wijknetwerk.cases.mdo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseLifecycle;
import nl.wijknetwerk.cases.casefile.CaseService;
import nl.wijknetwerk.cases.consent.CaseSharing;
import nl.wijknetwerk.cases.consent.ConsentService;
import nl.wijknetwerk.cases.mdo.MdoApi.MdoCancelled;
import nl.wijknetwerk.cases.mdo.MdoApi.MdoHeld;
import nl.wijknetwerk.cases.mdo.MdoApi.MdoPlanned;
import nl.wijknetwerk.cases.mdo.MdoApi.Participant;
import nl.wijknetwerk.cases.mdo.MdoApi.PlanMdo;
import nl.wijknetwerk.cases.mdo.MdoApi.RecordHeld;
import nl.wijknetwerk.cases.resident.NetworkMember;
import nl.wijknetwerk.cases.resident.ResidentQueries;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * The rules of the table. Planning: at the resident's home unless another place is given with a reason; the
 * resident is always a participant; their network members must be theirs; an organisation invited to the table sees
 * the meeting, and the case only with the resident's consent ({@code ConsentRule}). Holding: only with the resident
 * present and their consent to share, which is recorded as a consent for the organisations present. Cancelling ends
 * what the invitation gave.
 * Called inside the request's transaction.
 */
@ApplicationScoped
public class MdoService {

    private final CaseSharing sharing;
    private final ConsentService consents;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final CaseService cases;
    private final ResidentQueries residents;

    public MdoService(CaseSharing sharing, ConsentService consents, Outbox outbox, WardContext context, WardCalendar calendar,
            CaseService cases, ResidentQueries residents) {
        this.sharing = sharing;
        this.consents = consents;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.cases = cases;
        this.residents = residents;
    }

    public Mdo plan(CaseFile c, PlanMdo request) {
        boolean atHome = request.place() == null || request.place().isBlank();
        if (!atHome && (request.placeReason() == null || request.placeReason().isBlank())) {
            throw ProblemException.badRequest("placeReason", new Objection("an MDO away from the resident's home needs a reason",
                    "een MDO buiten het huis van de bewoner heeft een reden nodig"));
        }
        List<MdoParticipant> participants = participants(c, request.participants());
        cases.step(c, CaseLifecycle.Step.PLAN_MDO);

        Mdo m = new Mdo();
        m.id = UUID.randomUUID();
        m.caseId = c.id;
        m.plannedAt = request.plannedAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        m.atHome = atHome;
        m.place = atHome ? null : request.place().strip();
        m.placeReason = atHome ? null : request.placeReason().strip();
        m.organiserId = context.user();
        m.supportedBy = blankToNull(request.supportedBy());
        m.status = Mdo.Status.PLANNED;
        m.createdAt = Instant.now();
        m.persist();
        if (participants.stream().noneMatch(p -> p.isProfessional() && m.organiserId.equals(p.professionalId))
                && context.organisation() != null) {
            participants.add(professional(MdoParticipant.Kind.PROFESSIONAL, m.organiserId, context.organisation()));
        }
        int position = 0;
        for (MdoParticipant p : participants) {
            p.id = UUID.randomUUID();
            p.mdoId = m.id;
            p.position = position++;
            p.persist();
        }
        Set<String> organisations = organisations(participants);
        sharing.invited(c, organisations);
        outbox.publish(EventTypes.MDO_PLANNED, c.ward, c.id.toString(), new MdoPlanned(c.id, m.id, m.plannedAt, m.atHome,
                m.organiserId, List.copyOf(organisations), m.supportedBy));
        return m;
    }

    public Mdo held(CaseFile c, Mdo m, RecordHeld request) {
        if (m.status == Mdo.Status.CANCELLED) {
            throw ProblemException.conflict(new Objection("This MDO was cancelled on " + m.cancelledOn, "Dit MDO is op " + m.cancelledOn + " geannuleerd"));
        }
        if (m.status != Mdo.Status.PLANNED) {
            throw ProblemException.conflict(new Objection("This MDO was already recorded as held on " + m.heldOn,
                    "Dit MDO is al vastgelegd als gehouden op " + m.heldOn));
        }
        if (c.status == CaseFile.Status.CLOSED || c.status == CaseFile.Status.DECLINED) {
            throw ProblemException.conflict(new Objection("A case that is " + c.status + " has no MDO to hold",
                    "Een casus met status '" + CaseLifecycle.dutch(c.status) + "' heeft geen MDO om te houden"));
        }
        if (!request.residentPresent()) {
            throw ProblemException.unprocessable("residentPresent", new Objection("an MDO is held with the resident, never about them",
                    "een MDO wordt met de bewoner gehouden, nooit over de bewoner"));
        }
        if (!request.consentToShare()) {
            throw ProblemException.unprocessable("consentToShare",
                    new Objection("without the resident's consent the case cannot be shared with the organisations at the table",
                            "zonder toestemming van de bewoner kan de casus niet gedeeld worden met de organisaties aan tafel"));
        }
        var today = calendar.today();
        var heldOn = request.heldOn() == null ? today : request.heldOn();
        if (heldOn.isAfter(today)) {
            throw ProblemException.badRequest("heldOn", new Objection("cannot be in the future", "kan niet in de toekomst liggen"));
        }
        if (heldOn.isBefore(c.openedOn)) {
            throw ProblemException.badRequest("heldOn", new Objection("cannot be before the case was opened (" + c.openedOn + ")",
                    "kan niet voor de opening van de casus (" + c.openedOn + ") liggen"));
        }
        List<MdoParticipant> participants = participantsOf(m);
        Set<UUID> absent = request.absentParticipants() == null ? Set.of() : new HashSet<>(request.absentParticipants());
        for (UUID id : absent) {
            if (participants.stream().noneMatch(p -> p.id.equals(id))) {
                throw ProblemException.badRequest("absentParticipants", new Objection("not a participant of this MDO: " + id, "geen deelnemer aan dit MDO: " + id));
            }
        }
        for (MdoParticipant p : participants) {
            p.present = !absent.contains(p.id);
            if (p.kind == MdoParticipant.Kind.RESIDENT && !p.present) {
                throw ProblemException.unprocessable("absentParticipants", new Objection("the resident is present, or the MDO was not held",
                        "de bewoner is aanwezig, of het MDO is niet gehouden"));
            }
        }
        m.status = Mdo.Status.HELD;
        m.heldOn = heldOn;
        m.residentPresent = true;
        m.consentToShare = true;
        m.notes = blankToNull(request.notes());
        List<MdoParticipant> present = participants.stream().filter(p -> p.present).toList();
        List<String> professionals = present.stream().filter(MdoParticipant::isProfessional)
                .map(p -> p.professionalId).distinct().toList();
        int networkMembers = (int) present.stream().filter(p -> p.kind == MdoParticipant.Kind.NETWORK_MEMBER).count();
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(c.openedOn, heldOn));
        Set<String> atTable = organisations(present);
        outbox.publish(EventTypes.MDO_HELD, c.ward, c.id.toString(), new MdoHeld(c.id, m.id, heldOn, m.organiserId,
                m.supportedBy, List.copyOf(atTable), professionals, networkMembers, days));
        if (!atTable.isEmpty()) {
            consents.givenAtTable(c, m, List.copyOf(atTable), heldOn);
        }
        return m;
    }

    /** The MDO will not take place: the organisations invited only to it see nothing of the case any more. */
    public Mdo cancel(CaseFile c, Mdo m) {
        if (m.status != Mdo.Status.PLANNED) {
            throw ProblemException.conflict(new Objection("Only a planned MDO can be cancelled; this one is " + m.status,
                    "Alleen een gepland MDO kan worden geannuleerd; dit MDO is " + dutch(m.status)));
        }
        m.status = Mdo.Status.CANCELLED;
        m.cancelledOn = calendar.today();
        sharing.reassess(c.id);
        outbox.publish(EventTypes.MDO_CANCELLED, c.ward, c.id.toString(), new MdoCancelled(c.id, m.id, m.cancelledOn));
        return m;
    }

    /** An MDO's status as the Dutch pages name it. */
    private static String dutch(Mdo.Status status) {
        return switch (status) {
            case PLANNED -> "gepland";
            case HELD -> "gehouden";
            case CANCELLED -> "geannuleerd";
        };
    }

    public static List<MdoParticipant> participantsOf(Mdo m) {
        return MdoParticipant.list("mdoId = ?1 order by position", m.id);
    }

    private List<MdoParticipant> participants(CaseFile c, List<Participant> requested) {
        List<MdoParticipant> out = new ArrayList<>();
        boolean resident = false;
        for (int i = 0; i < requested.size(); i++) {
            Participant r = requested.get(i);
            String field = "participants[" + i + "]";
            switch (r.kind()) {
                case RESIDENT -> {
                    if (c.residentId != null && r.residentId() != null && !c.residentId.equals(r.residentId())) {
                        throw ProblemException.unprocessable(field + ".residentId", new Objection("not the resident of this case", "niet de bewoner van deze casus"));
                    }
                    MdoParticipant p = new MdoParticipant();
                    p.kind = MdoParticipant.Kind.RESIDENT;
                    p.residentId = r.residentId() != null ? r.residentId() : c.residentId;
                    out.add(p);
                    resident = true;
                }
                case NETWORK_MEMBER -> {
                    NetworkMember member = residents.member(r.networkMemberId());
                    if (member == null || c.residentId == null || !c.residentId.equals(member.residentId)) {
                        throw ProblemException.unprocessable(field + ".networkMemberId", new Objection("not someone of this resident's own network",
                                "niet iemand uit het eigen netwerk van deze bewoner"));
                    }
                    MdoParticipant p = new MdoParticipant();
                    p.kind = MdoParticipant.Kind.NETWORK_MEMBER;
                    p.networkMemberId = member.id;
                    out.add(p);
                }
                case PROFESSIONAL, AANJAGER -> {
                    if (r.professionalId() == null || r.professionalId().isBlank()) {
                        throw ProblemException.badRequest(field + ".professionalId", new Objection("a professional is named by their account id",
                                "een professional wordt met diens accountnaam genoemd"));
                    }
                    if (r.organisation() == null) {
                        throw ProblemException.badRequest(field + ".organisation", new Objection("a professional comes from an organisation",
                                "een professional komt van een organisatie"));
                    }
                    out.add(professional(r.kind(), r.professionalId().strip(), r.organisation()));
                }
            }
        }
        if (!resident) {
            throw ProblemException.unprocessable("participants", new Objection("the resident is always at the table: add a RESIDENT participant",
                    "de bewoner zit altijd aan tafel: voeg een deelnemer RESIDENT toe"));
        }
        return out;
    }

    private static MdoParticipant professional(MdoParticipant.Kind kind, String professionalId, String organisation) {
        MdoParticipant p = new MdoParticipant();
        p.kind = kind;
        p.professionalId = professionalId;
        p.organisation = organisation;
        return p;
    }

    private static Set<String> organisations(List<MdoParticipant> participants) {
        Set<String> out = new LinkedHashSet<>();
        participants.stream().filter(MdoParticipant::isProfessional).forEach(p -> out.add(p.organisation));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
