package nl.wijknetwerk.budget.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.EventSource;

/** The controller's view of a ward's year. Money in euro cents; utilisation (uitnutting) is spent ÷ allocated. */
public final class OverviewApi {

    private OverviewApi() {
    }

    public record BudgetOverview(
            String ward,
            int year,
            long budgetCents,
            int revision,
            int amendments,
            List<EventSource> sources,
            long allocatedCents,
            long unallocatedCents,
            long committedCents,
            long spentCents,
            long pendingApprovalCents,
            long remainingCents,
            long uncommittedCents,
            BigDecimal utilisationPercent,
            LocalDate asOf,
            long projectedSpentCents,
            long projectedSurplusCents,
            boolean settled,
            List<CategoryLine> categories,
            List<ProviderLine> providers) {
    }

    public record CategoryLine(Category category, long allocatedCents, long committedCents, long spentCents,
            long remainingCents, BigDecimal utilisationPercent, long projectedSpentCents) {
    }

    public record ProviderLine(String providerId, String name, long allocatedCents, int lumpSumPercent, long lumpSumCents,
            long pxqCents, long committedCents, long spentCents, long remainingCents, BigDecimal utilisationPercent,
            long projectedSpentCents) {
    }
}
