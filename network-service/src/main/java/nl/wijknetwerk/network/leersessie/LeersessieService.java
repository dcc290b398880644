package nl.wijknetwerk.network.leersessie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.network.leerplan.LeerplanService;
import nl.wijknetwerk.network.leerplan.LeerplanStep;
import nl.wijknetwerk.network.leersessie.LeersessieApi.IntervisionCompleted;
import nl.wijknetwerk.network.leersessie.LeersessieApi.LeersessieHeld;
import nl.wijknetwerk.network.leersessie.LeersessieApi.LeersessieView;
import nl.wijknetwerk.network.leersessie.LeersessieApi.PlanLeersessie;
import nl.wijknetwerk.network.leersessie.LeersessieApi.RecordAttendance;
import nl.wijknetwerk.network.leersessie.LeersessieApi.RecordIntervisionRound;
import nl.wijknetwerk.network.leersessie.LeersessieApi.WriteReflectionCard;
import nl.wijknetwerk.network.professional.NetworkMembers;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * What happens at a leersessie: attendance and intervision rounds count for the professionals' leerplan and are
 * published (leersessie-held, intervision-completed).
 */
@ApplicationScoped
public class LeersessieService {

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final NetworkMembers members;
    private final LeerplanService leerplan;

    public LeersessieService(Outbox outbox, WardContext context, WardCalendar calendar, NetworkMembers members,
            LeerplanService leerplan) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.members = members;
        this.leerplan = leerplan;
    }

    @Transactional
    public Leersessie recordAttendance(String ward, UUID id, RecordAttendance request) {
        Leersessie session = find(id);
        requireTookPlace(ward, session);
        if (session.held()) {
            throw ProblemException.conflict(new Objection("Attendance of leersessie " + id + " was already recorded",
                    "De aanwezigheid bij leersessie " + id + " is al vastgelegd"));
        }
        List<String> professionals = request.professionals().stream().distinct().toList();
        members.requireActive(professionals, "professionals");
        session.attendingProfessionals = new ArrayList<>(professionals);
        session.attendingManagers = request.managers();
        session.attendingDirectors = request.directors();
        session.attendingResidents = request.residents();
        session.attendanceRecordedAt = Instant.now();
        leerplan.creditAll(ward, professionals, LeerplanStep.ATTEND_LEERSESSIES, "leersessie:" + id, session.heldOn);
        outbox.publish(EventTypes.LEERSESSIE_HELD, ward, id.toString(), new LeersessieHeld(id, session.kind, session.heldOn,
                LeersessieView.attendance(session), session.tables.size()));
        return session;
    }

    @Transactional
    public IntervisionRound recordRound(String ward, UUID id, RecordIntervisionRound request) {
        Leersessie session = find(id);
        requireTookPlace(ward, session);
        members.requireActive(request.leaderId(), "leaderId");
        members.requireActive(request.contributorId(), "contributorId");
        if (request.participants() != null) {
            members.requireActive(request.participants(), "participants");
        }
        if (request.leaderId().equals(request.contributorId())) {
            throw ProblemException.unprocessable("contributorId", new Objection("the discussion leader cannot also bring in the question",
                    "de gespreksleider kan niet ook de vraag inbrengen"));
        }
        IntervisionRound round = new IntervisionRound();
        round.id = UUID.randomUUID();
        round.ward = context.requireWard();
        round.leersessieId = id;
        round.leaderId = request.leaderId();
        round.contributorId = request.contributorId();
        round.participants = request.participants() == null ? new ArrayList<>() : new ArrayList<>(request.participants());
        round.question = request.question();
        round.reformulatedQuestion = request.reformulatedQuestion();
        round.advice = new ArrayList<>(request.advice());
        round.contributorAskedBack = request.contributorAskedBack();
        round.helped = request.helped();
        round.tomorrow = request.tomorrow();
        round.stillNeeded = request.stillNeeded();
        round.outOfTheBoxAdvice = request.outOfTheBoxAdvice() == null ? new ArrayList<>() : new ArrayList<>(request.outOfTheBoxAdvice());
        round.completedAt = Instant.now();
        round.persist();
        leerplan.credit(ward, round.leaderId, LeerplanStep.LEAD_INTERVISION, "intervision:" + round.id, session.heldOn);
        leerplan.credit(ward, round.contributorId, LeerplanStep.BRING_IN_CASE, "intervision:" + round.id, session.heldOn);
        outbox.publish(EventTypes.INTERVISION_COMPLETED, ward, round.id.toString(),
                new IntervisionCompleted(id, round.id, round.leaderId, round.contributorId, round.helped));
        return round;
    }

    /** Nothing is recorded of a session that lies in the future. */
    /** Plans a session (or registers one afterwards) with its tables, in their order. */
    @Transactional
    public Leersessie plan(PlanLeersessie request) {
        Leersessie session = new Leersessie();
        session.id = UUID.randomUUID();
        session.ward = context.requireWard();
        session.kind = request.kind();
        session.heldOn = request.heldOn();
        session.theme = request.theme();
        session.tables = request.tables() == null ? new ArrayList<>() : request.tables().stream().sorted().map(Enum::name).toList();
        session.createdAt = Instant.now();
        session.persist();
        return session;
    }

    /** A reflection card, kept without the writer's name, for a session that took place; an empty card is refused. */
    @Transactional
    public ReflectionCard collectCard(String ward, UUID id, WriteReflectionCard request) {
        Leersessie session = find(id);
        requireTookPlace(ward, session);
        if (blank(request.learnt()) && blank(request.struck()) && blank(request.suggestion()) && blank(request.toShare())) {
            throw ProblemException.badRequest("learnt", new Objection("an empty card: fill in at least one of learnt, struck, suggestion, toShare",
                    "een lege kaart: vul ten minste één van de vragen in"));
        }
        ReflectionCard card = new ReflectionCard();
        card.id = UUID.randomUUID();
        card.ward = context.requireWard();
        card.leersessieId = id;
        card.learnt = request.learnt();
        card.struck = request.struck();
        card.suggestion = request.suggestion();
        card.toShare = request.toShare();
        card.writtenAt = Instant.now();
        card.persist();
        return card;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public void requireTookPlace(String ward, Leersessie session) {
        if (session.heldOn.isAfter(calendar.today(ward))) {
            throw ProblemException.unprocessable("heldOn", new Objection(
                    "the session is on " + session.heldOn + ", in the future: nothing can be recorded yet",
                    "de sessie is op " + session.heldOn + ", in de toekomst: er kan nog niets worden vastgelegd"));
        }
    }

    /** Another ward's session is not found here, whatever its id. */
    public Leersessie find(UUID id) {
        Leersessie session = Leersessie.findById(id);
        if (session == null || !session.ward.equals(context.requireWard())) {
            throw ProblemException.notFound("leersessie", id);
        }
        return session;
    }
}
