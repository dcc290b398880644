package nl.wijknetwerk.budget.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.budget.allocation.Allocation;
import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.allocation.AllocationQueries;
import nl.wijknetwerk.budget.commitment.Commitment;
import nl.wijknetwerk.budget.commitment.CommitmentQueries;
import nl.wijknetwerk.budget.frame.BudgetFrameApi;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.EventSource;
import nl.wijknetwerk.budget.frame.BudgetFrameService;
import nl.wijknetwerk.budget.frame.BudgetRevision;
import nl.wijknetwerk.budget.frame.WardBudget;
import nl.wijknetwerk.budget.overview.OverviewApi.BudgetOverview;
import nl.wijknetwerk.budget.overview.OverviewApi.CategoryLine;
import nl.wijknetwerk.budget.overview.OverviewApi.ProviderLine;
import nl.wijknetwerk.budget.spending.Spending;
import nl.wijknetwerk.budget.spending.SpendingQueries;

/**
 * Puts the controller's view of a year together: what was set, divided, promised and spent, per category and per
 * provider. Utilisation and projection come from {@link Utilisation} and {@link Projection}.
 */
@ApplicationScoped
public class OverviewService {

    private final BudgetFrameService frame;
    private final AllocationQueries allocationLines;
    private final CommitmentQueries commitmentQueries;
    private final SpendingQueries spendingQueries;

    public OverviewService(BudgetFrameService frame, AllocationQueries allocationLines, CommitmentQueries commitmentQueries,
            SpendingQueries spendingQueries) {
        this.frame = frame;
        this.allocationLines = allocationLines;
        this.commitmentQueries = commitmentQueries;
        this.spendingQueries = spendingQueries;
    }

    /** @param day the day the projection to year end starts from */
    public BudgetOverview overview(String ward, int year, LocalDate day) {
        WardBudget budget = frame.require(year);
        List<BudgetRevision> revisions = frame.revisions(budget.id);
        BudgetRevision current = revisions.get(revisions.size() - 1);
        List<EventSource> sources = new ArrayList<>(current.sources.stream().map(s -> new EventSource(s.source.name(), s.amountCents)).toList());
        if (budget.carryOverCents > 0) {
            sources.add(new EventSource(BudgetFrameApi.CARRY_OVER, budget.carryOverCents));
        }
        List<Allocation> allocations = allocationLines.of(budget.id);
        List<Commitment> commitments = commitmentQueries.ofYear(year).stream().filter(c -> c.status == Commitment.Status.ACTIVE).toList();
        List<Spending> spending = spendingQueries.ofYear(year);
        List<Spending> recorded = spending.stream().filter(s -> s.status == Spending.Status.RECORDED).toList();

        List<CategoryLine> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            long allocated = sum(allocations.stream().filter(a -> a.category == category).toList(), a -> a.amountCents);
            long committed = sum(commitments.stream().filter(c -> c.category == category).toList(), c -> c.amountCents);
            long spent = sum(recorded.stream().filter(s -> s.category == category).toList(), s -> s.amountCents);
            categories.add(new CategoryLine(category, allocated, committed, spent, allocated - spent,
                    Utilisation.percent(spent, allocated), Projection.toYearEnd(spent, year, day)));
        }

        Map<String, String> names = new TreeMap<>(allocationLines.providerNames());
        Map<String, Allocation> providerLines = new TreeMap<>();
        allocations.stream().filter(a -> a.category == Category.PROVIDER).forEach(a -> providerLines.put(a.providerId, a));
        List<ProviderLine> providers = new ArrayList<>();
        for (Map.Entry<String, Allocation> e : providerLines.entrySet()) {
            String id = e.getKey();
            Allocation a = e.getValue();
            long committed = sum(commitments.stream().filter(c -> c.category == Category.PROVIDER && id.equals(c.providerId)).toList(), c -> c.amountCents);
            long spent = sum(recorded.stream().filter(s -> s.category == Category.PROVIDER && id.equals(s.providerId)).toList(), s -> s.amountCents);
            providers.add(new ProviderLine(id, names.getOrDefault(id, id), a.amountCents, a.lumpSumPercent, a.lumpSumCents,
                    a.amountCents - a.lumpSumCents, committed, spent, a.amountCents - spent, Utilisation.percent(spent, a.amountCents),
                    Projection.toYearEnd(spent, year, day)));
        }

        long allocated = sum(allocations, a -> a.amountCents);
        long committed = sum(commitments, c -> c.amountCents);
        long spent = sum(recorded, s -> s.amountCents);
        long pending = sum(spending.stream().filter(s -> s.status == Spending.Status.PENDING_APPROVAL).toList(), s -> s.amountCents);
        long projected = Projection.toYearEnd(spent, year, day);
        int amendments = (int) revisions.stream().filter(r -> r.amendment).count();
        return new BudgetOverview(ward, year, budget.totalCents, budget.revision, amendments, sources, allocated,
                budget.totalCents - allocated, committed, spent, pending, budget.totalCents - spent,
                budget.totalCents - spent - committed, Utilisation.percent(spent, budget.totalCents), day, projected,
                budget.totalCents - projected, frame.settled(budget), categories, providers);
    }

    private static <T> long sum(List<T> items, ToLongFunction<T> cents) {
        return items.stream().mapToLong(cents).reduce(0L, Math::addExact);
    }
}
