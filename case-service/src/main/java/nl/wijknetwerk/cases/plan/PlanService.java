package nl.wijknetwerk.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseLifecycle;
import nl.wijknetwerk.cases.casefile.CaseService;
import nl.wijknetwerk.cases.mdo.Mdo;
import nl.wijknetwerk.cases.mdo.MdoQueries;
import nl.wijknetwerk.cases.plan.PlanApi.AgreePlan;
import nl.wijknetwerk.cases.plan.PlanApi.AgreedItem;
import nl.wijknetwerk.cases.plan.PlanApi.AgreedProvision;
import nl.wijknetwerk.cases.plan.PlanApi.AgreementCompleted;
import nl.wijknetwerk.cases.plan.PlanApi.AgreementDropped;
import nl.wijknetwerk.cases.plan.PlanApi.AgreementRequest;
import nl.wijknetwerk.cases.plan.PlanApi.PlanAgreed;
import nl.wijknetwerk.cases.resident.NetworkMember;
import nl.wijknetwerk.cases.resident.ResidentQueries;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Agreeing the Samenwerkplan at the table. A plan needs an MDO that was held (with the resident and their
 * consent); each agreement names who performs it. A new version supersedes the open agreements of the previous
 * one, which are reported as dropped so their budget commitments are released, and commits its own.
 */
@ApplicationScoped
public class PlanService {

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final CaseService cases;
    private final MdoQueries mdos;
    private final ResidentQueries residents;

    public PlanService(Outbox outbox, WardContext context, WardCalendar calendar, CaseService cases, MdoQueries mdos,
            ResidentQueries residents) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.cases = cases;
        this.mdos = mdos;
        this.residents = residents;
    }

    public PlanVersion agree(CaseFile c, AgreePlan request) {
        cases.step(c, CaseLifecycle.Step.AGREE_PLAN);
        Mdo held = mdos.lastHeld(c.id);
        if (held == null) {
            throw ProblemException.conflict(new Objection("A Samenwerkplan is agreed at the table: no MDO of this case was held yet",
                    "Een Samenwerkplan spreek je aan tafel af: er is nog geen MDO van deze casus gehouden"));
        }
        LocalDate today = calendar.today();
        LocalDate agreedOn = request.agreedOn() == null ? today : request.agreedOn();
        if (agreedOn.isAfter(today) || agreedOn.isBefore(held.heldOn)) {
            throw ProblemException.badRequest("agreedOn", new Objection("must lie between the MDO (" + held.heldOn + ") and today",
                    "moet tussen het MDO (" + held.heldOn + ") en vandaag liggen"));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < request.agreements().size(); i++) {
            agreements.add(agreement(c, request.agreements().get(i), "agreements[" + i + "]", i));
        }
        PlanVersion previous = PlanVersion.<PlanVersion> find("caseId = ?1 order by version desc", c.id).firstResult();
        if (previous != null) {
            for (Agreement open : Agreement.<Agreement> list("planVersionId = ?1 and status = ?2", previous.id, Agreement.Status.OPEN)) {
                open.status = Agreement.Status.SUPERSEDED;
                open.droppedOn = agreedOn;
                open.droppedReason = "superseded by plan version " + (previous.version + 1);
                outbox.publish(EventTypes.AGREEMENT_DROPPED, c.ward, c.id.toString(), new AgreementDropped(c.id, open.id, agreedOn, open.organisation));
            }
        }
        PlanVersion p = new PlanVersion();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.version = previous == null ? 1 : previous.version + 1;
        p.mdoId = held.id;
        p.goals = request.goals().stream().map(String::strip).toList();
        p.solution = request.solution().strip();
        p.agreedOn = agreedOn;
        p.agreedBy = context.user();
        p.createdAt = Instant.now();
        p.persist();
        for (Agreement a : agreements) {
            a.planVersionId = p.id;
            a.persist();
        }
        outbox.publish(EventTypes.PLAN_AGREED, c.ward, c.id.toString(), new PlanAgreed(c.id, p.version, p.agreedOn,
                agreements.stream().map(PlanService::item).toList()));
        return p;
    }

    public Agreement complete(CaseFile c, Agreement a, LocalDate completedOn) {
        requireOpen(c, a);
        LocalDate on = dateNotInFuture(completedOn, "completedOn");
        a.status = Agreement.Status.DONE;
        a.completedOn = on;
        outbox.publish(EventTypes.AGREEMENT_COMPLETED, c.ward, c.id.toString(),
                new AgreementCompleted(c.id, a.id, on, Agreement.onTime(a.dueOn, on), a.organisation));
        return a;
    }

    public Agreement drop(CaseFile c, Agreement a, String reason, LocalDate droppedOn) {
        requireOpen(c, a);
        LocalDate on = dateNotInFuture(droppedOn, "droppedOn");
        a.status = Agreement.Status.DROPPED;
        a.droppedOn = on;
        a.droppedReason = reason.strip();
        outbox.publish(EventTypes.AGREEMENT_DROPPED, c.ward, c.id.toString(), new AgreementDropped(c.id, a.id, on, a.organisation));
        return a;
    }

    private void requireOpen(CaseFile c, Agreement a) {
        if (c.status == CaseFile.Status.CLOSED) {
            throw ProblemException.conflict(new Objection("The case is closed: its agreements can no longer change",
                    "De casus is afgesloten: de afspraken kunnen niet meer veranderen"));
        }
        if (a.status != Agreement.Status.OPEN) {
            throw ProblemException.conflict(new Objection("This agreement is already " + a.status, "Deze afspraak is al " + dutch(a.status)));
        }
    }

    /** An agreement's status as the Dutch pages say it ("De afspraak is gedaan."). */
    private static String dutch(Agreement.Status status) {
        return switch (status) {
            case OPEN -> "open";
            case DONE -> "gedaan";
            case DROPPED -> "vervallen";
            case SUPERSEDED -> "vervangen door een nieuwere versie van het plan";
        };
    }

    private LocalDate dateNotInFuture(LocalDate given, String field) {
        LocalDate today = calendar.today();
        if (given != null && given.isAfter(today)) {
            throw ProblemException.badRequest(field, new Objection("cannot be in the future", "kan niet in de toekomst liggen"));
        }
        return given == null ? today : given;
    }

    private Agreement agreement(CaseFile c, AgreementRequest r, String field, int position) {
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.position = position;
        a.what = r.what().strip();
        a.performer = r.performer();
        a.dueOn = r.dueOn();
        a.status = Agreement.Status.OPEN;
        switch (r.performer()) {
            case RESIDENT -> {
            }
            case NETWORK_MEMBER -> {
                NetworkMember m = residents.member(r.networkMemberId());
                if (m == null || !m.residentId.equals(c.residentId)) {
                    throw ProblemException.unprocessable(field + ".networkMemberId", new Objection("not someone of this resident's own network",
                            "niet iemand uit het eigen netwerk van deze bewoner"));
                }
                a.networkMemberId = m.id;
            }
            case PROFESSIONAL -> {
                if (r.organisation() == null) {
                    throw ProblemException.badRequest(field + ".organisation", new Objection("a professional's agreement names their organisation",
                            "een afspraak van een professional noemt diens organisatie"));
                }
                a.organisation = r.organisation();
                a.professionalId = r.professionalId() == null || r.professionalId().isBlank() ? null : r.professionalId().strip();
            }
        }
        if (r.provision() != null) {
            var p = r.provision();
            String invalid = FundedProvision.invalidFigures(p.amountCentsPerYear(), p.hoursPerYear(), p.hourlyRateCents());
            if (invalid != null) {
                throw ProblemException.badRequest(field + ".provision", invalid);
            }
            FundedProvision f = new FundedProvision();
            f.category = p.category();
            f.providerId = p.providerId();
            f.kind = p.kind();
            f.amountCentsPerYear = p.amountCentsPerYear();
            f.hoursPerYear = p.hoursPerYear();
            f.hourlyRateCents = p.hourlyRateCents();
            a.provision = f;
        }
        return a;
    }

    private static AgreedItem item(Agreement a) {
        FundedProvision f = a.provision;
        AgreedProvision provision = f == null ? null : new AgreedProvision(f.providerId, f.category, f.kind,
                f.amountCentsPerYear, f.hoursPerYear, f.hourlyRateCents);
        return new AgreedItem(a.id, a.performer, a.organisation, a.professionalId, a.dueOn, provision);
    }
}
