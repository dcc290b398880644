package nl.wijknetwerk.budget.allocation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.budget.Euros;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationChange;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationChanged;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationRequest;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationView;
import nl.wijknetwerk.budget.frame.BudgetFrameService;
import nl.wijknetwerk.budget.frame.WardBudget;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Divides a year's budget. The sum of the allocations never exceeds the budget: every change locks the year's
 * budget row first, so concurrent controllers are served one after the other and the second sees the first's line.
 */
@ApplicationScoped
public class AllocationService {

    private final Outbox outbox;
    private final WardContext context;
    private final BudgetFrameService frame;

    public AllocationService(Outbox outbox, WardContext context, BudgetFrameService frame) {
        this.outbox = outbox;
        this.context = context;
        this.frame = frame;
    }

    /** The year's allocation lines; 404 when the ward has no budget for that year. */
    public List<Allocation> ofYear(int year) {
        return Allocation.of(frame.require(year).id);
    }

    @Transactional
    public AllocationChange allocate(String ward, int year, AllocationRequest request) {
        WardBudget budget = frame.lockOpen(year);
        String providerId = requireProvider(year, request.category(), request.providerId());
        if (request.lumpSumPercent() != null && request.category() != Category.PROVIDER) {
            throw ProblemException.badRequest("lumpSumPercent", new Objection("only a provider's allocation is paid partly as a lump sum",
                    "alleen de verdeling aan een aanbieder wordt deels als lumpsum betaald"));
        }
        Allocation line = Allocation.line(budget.id, request.category(), providerId).orElse(null);
        long others = Allocation.totalCents(budget.id) - (line == null ? 0 : line.amountCents);
        long room = budget.totalCents - others;
        if (request.amountCents() > room) {
            throw ProblemException.unprocessable("amountCents", new Objection("only " + room + " of the " + budget.totalCents
                    + " cents of " + year + " are not allocated elsewhere",
                    "van de " + Euros.dutch(budget.totalCents) + " van " + year + " is nog maar " + Euros.dutch(room)
                    + " niet elders verdeeld"));
        }
        int percent = request.lumpSumPercent() != null ? request.lumpSumPercent() : line == null ? 0 : line.lumpSumPercent;
        line = set(budget, line, request.category(), providerId, request.amountCents(), percent);
        long total = others + line.amountCents;
        outbox.publish(EventTypes.ALLOCATION_CHANGED, ward, budget.id.toString(),
                new AllocationChanged(year, line.category, line.provider(), line.amountCents, total));
        return new AllocationChange(AllocationView.of(line), budget.totalCents, total, budget.totalCents - total);
    }

    /**
     * Adds to a category's line within the caller's transaction and lock, e.g. the settlement's residents' part to
     * next year's resident initiatives; the budget grew by the same amount just before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Allocation add(String ward, WardBudget lockedBudget, Category category, long cents) {
        Allocation line = Allocation.line(lockedBudget.id, category, null).orElse(null);
        long amount = (line == null ? 0 : line.amountCents) + cents;
        line = set(lockedBudget, line, category, Allocation.NO_PROVIDER, amount, 0);
        outbox.publish(EventTypes.ALLOCATION_CHANGED, ward, lockedBudget.id.toString(), new AllocationChanged(
                lockedBudget.year, category, null, line.amountCents, Allocation.totalCents(lockedBudget.id)));
        return line;
    }

    private Allocation set(WardBudget budget, Allocation line, Category category, String providerId, long amount, int percent) {
        if (line == null) {
            line = new Allocation();
            line.id = UUID.randomUUID();
            line.budgetId = budget.id;
            line.category = category;
            line.providerId = providerId;
        }
        LumpSum lumpSum = LumpSum.of(amount, percent);
        line.amountCents = amount;
        line.lumpSumPercent = percent;
        line.lumpSumCents = lumpSum.lumpSumCents();
        line.updatedBy = context.user() == null ? "system" : context.user();
        line.updatedAt = Instant.now();
        if (!line.isPersistent()) {
            line.persist();
        }
        line.flush();
        return line;
    }

    /**
     * A provider line needs a provider that takes part in the financial experiment in that year; other lines name
     * no provider. Returns the provider id to store (empty for none).
     */
    static String requireProvider(int year, Category category, String providerId) {
        if (category != Category.PROVIDER) {
            if (providerId != null) {
                throw ProblemException.badRequest("providerId", new Objection("only a PROVIDER line names a provider", "alleen een regel van een aanbieder noemt een aanbieder"));
            }
            return Allocation.NO_PROVIDER;
        }
        if (providerId == null) {
            throw ProblemException.badRequest("providerId", new Objection("a PROVIDER line names the provider", "een regel van een aanbieder noemt de aanbieder"));
        }
        requireExperimentProvider(year, providerId);
        return providerId;
    }

    public static Provider requireExperimentProvider(int year, String providerId) {
        return Provider.byOrganisation(providerId).filter(p -> p.inExperimentDuring(year))
                .orElseThrow(() -> ProblemException.unprocessable("providerId", new Objection("'" + providerId
                        + "' does not take part in the financial experiment of this ward in " + year,
                        "'" + providerId + "' doet in " + year + " niet mee aan het financieel experiment van deze wijk")));
    }
}
