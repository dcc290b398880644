package nl.wijknetwerk.cases.barrier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.cases.barrier.BarrierApi.BarrierEscalated;
import nl.wijknetwerk.cases.barrier.BarrierApi.BarrierReported;
import nl.wijknetwerk.cases.barrier.BarrierApi.BarrierResolved;
import nl.wijknetwerk.cases.barrier.BarrierApi.BarrierView;
import nl.wijknetwerk.cases.barrier.BarrierApi.ReportBarrier;
import nl.wijknetwerk.cases.barrier.BarrierApi.ResolveBarrier;
import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.plan.PlanQueries;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Reports and resolves the barriers of a case, and escalates the open barriers of a ward past their threshold. */
@ApplicationScoped
public class BarrierService {

    private final Outbox outbox;
    private final EscalationPolicy policy;
    private final CaseAccess access;
    private final PlanQueries plans;
    private final WardContext context;
    private final WardCalendar calendar;

    public BarrierService(Outbox outbox, BarrierConfig config, CaseAccess access, PlanQueries plans, WardContext context,
            WardCalendar calendar) {
        this.outbox = outbox;
        this.policy = config.policy();
        this.access = access;
        this.plans = plans;
        this.context = context;
        this.calendar = calendar;
    }

    /** A barrier reported on a case that is not closed; emits barrier-reported. */
    @Transactional
    public BarrierView report(String ward, UUID id, ReportBarrier request) {
        CaseFile c = access.forChange(id, "barrier.report");
        if (c.status == CaseFile.Status.CLOSED) {
            throw ProblemException.conflict(new Objection("The case is closed", "De casus is afgesloten"));
        }
        if (request.agreementId() != null) {
            if (!plans.isAgreementOf(request.agreementId(), c.id)) {
                throw ProblemException.unprocessable("agreementId", new Objection("not an agreement of this case", "geen afspraak van deze casus"));
            }
        }
        LocalDate today = calendar.today();
        LocalDate reportedOn = request.reportedOn() == null ? today : request.reportedOn();
        if (reportedOn.isAfter(today) || reportedOn.isBefore(c.openedOn)) {
            throw ProblemException.badRequest("reportedOn", new Objection("must lie between the case's opening (" + c.openedOn + ") and today",
                    "moet tussen de opening van de casus (" + c.openedOn + ") en vandaag liggen"));
        }
        Barrier b = new Barrier();
        b.id = UUID.randomUUID();
        b.caseId = c.id;
        b.agreementId = request.agreementId();
        b.kind = request.kind();
        b.description = request.description().strip();
        b.ownerOrganisation = request.ownerOrganisation();
        b.reportedBy = context.user();
        b.reportedOn = reportedOn;
        b.level = EscalationPolicy.Level.TEAM;
        b.createdAt = Instant.now();
        b.persist();
        outbox.publish(EventTypes.BARRIER_REPORTED, ward, c.id.toString(),
                new BarrierReported(c.id, b.id, b.kind, b.ownerOrganisation, b.reportedOn));
        return BarrierView.of(b, today);
    }

    /** A barrier of the case removed, once; emits barrier-resolved with the days it was open. */
    @Transactional
    public BarrierView resolve(String ward, UUID id, UUID barrierId, ResolveBarrier request) {
        CaseFile c = access.forChange(id, "barrier.resolve");
        Barrier b = Barrier.findById(barrierId);
        if (b == null || !b.caseId.equals(c.id)) {
            throw ProblemException.notFound("barrier", barrierId);
        }
        if (b.resolvedOn != null) {
            throw ProblemException.conflict(new Objection("This barrier was already resolved on " + b.resolvedOn,
                    "Dit knelpunt is al opgelost op " + b.resolvedOn));
        }
        LocalDate today = calendar.today();
        LocalDate resolvedOn = request.resolvedOn() == null ? today : request.resolvedOn();
        if (resolvedOn.isAfter(today) || resolvedOn.isBefore(b.reportedOn)) {
            throw ProblemException.badRequest("resolvedOn", new Objection("must lie between the report (" + b.reportedOn + ") and today",
                    "moet tussen de melding (" + b.reportedOn + ") en vandaag liggen"));
        }
        b.resolvedOn = resolvedOn;
        b.resolution = request.resolution().strip();
        BarrierView view = BarrierView.of(b, today);
        outbox.publish(EventTypes.BARRIER_RESOLVED, ward, c.id.toString(),
                new BarrierResolved(c.id, b.id, resolvedOn, view.daysOpen()));
        return view;
    }

    /** @return the barriers that climbed a level; call inside a transaction acting in one ward */
    public List<Barrier> escalate(LocalDate today) {
        List<Barrier> climbed = new ArrayList<>();
        for (Barrier b : Barrier.<Barrier> list("resolvedOn is null and level <> ?1 order by reportedOn", EscalationPolicy.Level.DIRECTOR)) {
            List<EscalationPolicy.Level> levels = policy.climb(b.level, b.reportedOn, today);
            for (EscalationPolicy.Level level : levels) {
                if (level == EscalationPolicy.Level.MANAGER) {
                    b.escalatedToManagerOn = today;
                } else {
                    b.escalatedToDirectorOn = today;
                }
                b.level = level;
                outbox.publish(EventTypes.BARRIER_ESCALATED, b.ward, b.caseId.toString(),
                        new BarrierEscalated(b.caseId, b.id, level, today));
            }
            if (!levels.isEmpty()) {
                climbed.add(b);
            }
        }
        return climbed;
    }

    public EscalationPolicy policy() {
        return policy;
    }

    /** The barriers reported in a case, in the order they were recorded. */
    public List<Barrier> ofCase(UUID caseId) {
        return Barrier.list("caseId = ?1 order by createdAt", caseId);
    }
}
