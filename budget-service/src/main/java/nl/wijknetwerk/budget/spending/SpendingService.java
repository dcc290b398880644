package nl.wijknetwerk.budget.spending;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import nl.wijknetwerk.budget.Euros;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.BudgetConfig;
import nl.wijknetwerk.budget.allocation.AllocationQueries;
import nl.wijknetwerk.budget.allocation.AllocationService;
import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.frame.BudgetFrameService;
import nl.wijknetwerk.budget.frame.WardBudget;
import nl.wijknetwerk.budget.overview.Utilisation;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingRecorded;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingRejected;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingRequest;
import nl.wijknetwerk.budget.spending.SpendingApi.ThresholdPassed;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Records spending against the year's allocation. Within what is left of the allocation line it is recorded at
 * once; past it, it waits for the controller's approval when the provider asks for that, and is refused otherwise.
 * Every change takes the year's budget lock, so two spendings at the same moment cannot both use the last euro.
 */
@ApplicationScoped
public class SpendingService {

    /** What recording did: the spending, and whether it is new (false for a repeated external reference). */
    public record Outcome(Spending spending, boolean created) {
    }

    private final Outbox outbox;
    private final WardContext context;
    private final BudgetConfig config;
    private final MeterRegistry registry;
    private final BudgetFrameService frame;
    private final AllocationQueries allocations;

    public SpendingService(Outbox outbox, WardContext context, BudgetConfig config, MeterRegistry registry,
            BudgetFrameService frame, AllocationQueries allocations) {
        this.outbox = outbox;
        this.context = context;
        this.config = config;
        this.registry = registry;
        this.frame = frame;
        this.allocations = allocations;
    }

    /** The year's spending, oldest first; 404 when the ward has no budget for that year. */
    public List<Spending> ofYear(int year) {
        frame.require(year);
        return Spending.ofYear(year);
    }

    @Transactional
    public Outcome record(String ward, int year, SpendingRequest request) {
        return record(ward, year, request, "externalReference");
    }

    /** @param referenceField the reference's name in the caller's API, for the problem when it was used otherwise */
    @Transactional
    public Outcome record(String ward, int year, SpendingRequest request, String referenceField) {
        WardBudget budget = frame.lockOpen(year);
        Spending known = Spending.byReference(request.providerId(), request.externalReference().strip()).orElse(null);
        if (known != null) {
            if (!sameAs(known, year, request)) {
                throw ProblemException.unprocessable(referenceField, new Objection("'" + known.externalReference
                        + "' was recorded already with other details",
                        "'" + known.externalReference + "' is al vastgelegd met andere gegevens"));
            }
            return new Outcome(known, false);
        }
        if (request.spentOn().getYear() != year) {
            throw ProblemException.badRequest("spentOn", new Objection("must lie in " + year, "moet in " + year + " liggen"));
        }
        String providerId = requireProvider(year, request);
        long allocated = allocations.line(budget.id, request.category(),
                request.category() == Category.PROVIDER ? providerId : null).map(a -> a.amountCents).orElse(0L);
        long remaining = allocated - Spending.recordedOnLine(year, request.category(), providerId);
        boolean withinAllocation = request.amountCents() <= remaining;
        if (!withinAllocation && !Boolean.TRUE.equals(request.requestApproval())) {
            throw ProblemException.unprocessable("amountCents", new Objection("only " + Math.max(remaining, 0) + " cents of the "
                    + allocated + " allocated to this line are left; spending more needs the controller's approval (requestApproval)",
                    "van de " + Euros.dutch(allocated) + " voor deze regel is nog " + Euros.dutch(Math.max(remaining, 0))
                    + " over; meer uitgeven vraagt goedkeuring van de controller"));
        }
        Spending s = new Spending();
        s.id = UUID.randomUUID();
        s.year = year;
        s.category = request.category();
        s.providerId = providerId;
        s.amountCents = request.amountCents();
        s.spentOn = request.spentOn();
        s.externalReference = request.externalReference().strip();
        s.description = request.description();
        s.status = withinAllocation ? Spending.Status.RECORDED : Spending.Status.PENDING_APPROVAL;
        s.recordedBy = context.user() == null ? "system" : context.user();
        s.createdAt = Instant.now();
        s.persist();
        registry.counter("wijknetwerk.budget.spending", "status", s.status.name()).increment();
        if (withinAllocation) {
            announce(ward, budget, s, null);
        }
        return new Outcome(s, true);
    }

    @Transactional
    public Spending decide(String ward, int year, UUID id, boolean approve) {
        WardBudget budget = frame.lockOpen(year);
        Spending s = Spending.<Spending> findByIdOptional(id).filter(x -> x.year == year)
                .orElseThrow(() -> ProblemException.notFound("spending", id));
        if (s.status != Spending.Status.PENDING_APPROVAL) {
            throw ProblemException.conflict(new Objection("Spending " + id + " is " + s.status + ", not waiting for approval",
                    "Uitgave " + id + " is " + dutch(s.status) + " en wacht niet op goedkeuring"));
        }
        s.status = approve ? Spending.Status.RECORDED : Spending.Status.REJECTED;
        s.decidedBy = context.user();
        s.decidedAt = Instant.now();
        registry.counter("wijknetwerk.budget.spending.decisions", "approved", Boolean.toString(approve)).increment();
        if (approve) {
            announce(ward, budget, s, true);
        } else {
            outbox.publish(EventTypes.SPENDING_REJECTED, ward, s.id.toString(), new SpendingRejected(s.id, s.year, s.category,
                    s.providerId, s.amountCents, s.spentOn, s.externalReference));
        }
        return s;
    }

    /** A spending's status as the Dutch budget pages name it. */
    private static String dutch(Spending.Status status) {
        return switch (status) {
            case RECORDED -> "geboekt";
            case PENDING_APPROVAL -> "in afwachting van goedkeuring";
            case REJECTED -> "afgewezen";
        };
    }

    private void announce(String ward, WardBudget budget, Spending s, Boolean approved) {
        s.flush();
        outbox.publish(EventTypes.SPENDING_RECORDED, ward, s.id.toString(), new SpendingRecorded(s.id, s.year, s.category,
                s.providerId, s.amountCents, s.spentOn, approved, s.externalReference));
        long allocated = allocations.categoryCents(budget.id, s.category);
        long spent = Spending.recordedInCategory(s.year, s.category);
        for (int threshold : config.alertThresholds()) {
            if (Utilisation.reached(spent, allocated, threshold) && !ThresholdAlert.sent(s.year, s.category, threshold)) {
                ThresholdAlert alert = new ThresholdAlert();
                alert.id = UUID.randomUUID();
                alert.year = s.year;
                alert.category = s.category;
                alert.threshold = threshold;
                alert.passedAt = Instant.now();
                alert.persist();
                outbox.publish(EventTypes.THRESHOLD_PASSED, ward, budget.id.toString(),
                        new ThresholdPassed(s.year, s.category, Utilisation.percent(spent, allocated), threshold));
            }
        }
    }

    /**
     * Spending on a provider's line names the provider; any named provider must take part in the financial
     * experiment. A professional records only for their own organisation; the controller for anyone.
     */
    private String requireProvider(int year, SpendingRequest request) {
        String providerId = request.providerId();
        if (request.category() == Category.PROVIDER && providerId == null) {
            throw ProblemException.badRequest("providerId", new Objection("spending on a PROVIDER line names the provider",
                    "een uitgave op een regel van een aanbieder noemt de aanbieder"));
        }
        if (providerId == null) {
            return null;
        }
        AllocationService.requireExperimentProvider(year, providerId);
        if (!context.hasRole(Roles.CONTROLLER) && !providerId.equals(context.organisation())) {
            throw ProblemException.forbidden("You record spending for your own organisation only, not for '" + providerId + "'");
        }
        return providerId;
    }

    private static boolean sameAs(Spending s, int year, SpendingRequest r) {
        return s.year == year && s.category == r.category() && Objects.equals(s.providerId, r.providerId())
                && s.amountCents == r.amountCents() && s.spentOn.equals(r.spentOn());
    }
}
