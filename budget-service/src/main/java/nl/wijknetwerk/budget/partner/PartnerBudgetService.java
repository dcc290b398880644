package nl.wijknetwerk.budget.partner;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationView;
import nl.wijknetwerk.budget.allocation.AllocationQueries;
import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.commitment.Commitment;
import nl.wijknetwerk.budget.commitment.CommitmentApi.CommitmentView;
import nl.wijknetwerk.budget.commitment.CommitmentQueries;
import nl.wijknetwerk.budget.frame.BudgetFrameService;
import nl.wijknetwerk.budget.frame.WardBudget;
import nl.wijknetwerk.budget.partner.PartnerBudgetApi.Declaration;
import nl.wijknetwerk.budget.partner.PartnerBudgetApi.PartnerBudget;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingView;
import nl.wijknetwerk.budget.spending.SpendingQueries;
import nl.wijknetwerk.budget.spending.SpendingService;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * What a provider's own system may see and do of the ward budget: only its own PROVIDER line, and only in a year its
 * organisation takes part in the financial experiment. The organisation always comes from the caller's token.
 */
@ApplicationScoped
public class PartnerBudgetService {

    private final SpendingService spending;
    private final BudgetFrameService frame;
    private final AllocationQueries allocations;
    private final CommitmentQueries commitments;
    private final SpendingQueries spent;

    public PartnerBudgetService(SpendingService spending, BudgetFrameService frame, AllocationQueries allocations,
            CommitmentQueries commitments, SpendingQueries spent) {
        this.spending = spending;
        this.frame = frame;
        this.allocations = allocations;
        this.commitments = commitments;
        this.spent = spent;
    }

    /** The organisation's line of the year: allocation, what it spent and what is left, its commitments. */
    public PartnerBudget line(int year, String organisation) {
        WardBudget budget = frame.require(year);
        requireExperiment(year, organisation);
        AllocationView allocation = allocations.line(budget.id, Category.PROVIDER, organisation).map(AllocationView::of).orElse(null);
        long spentOnLine = spent.recordedOnLine(year, Category.PROVIDER, organisation);
        List<CommitmentView> own = commitments.ofYear(year).stream().filter(c -> organisation.equals(c.providerId))
                .map(CommitmentView::of).toList();
        long committed = own.stream().filter(c -> c.status() == Commitment.Status.ACTIVE).mapToLong(CommitmentView::amountCents).sum();
        return new PartnerBudget(year, organisation, allocation, spentOnLine,
                (allocation == null ? 0 : allocation.amountCents()) - spentOnLine, committed, own);
    }

    /** Records a declaration on the organisation's PROVIDER line, idempotent by the partner's own reference. */
    public SpendingService.Outcome declare(String ward, int year, String organisation, Declaration request) {
        frame.require(year);
        requireExperiment(year, organisation);
        return spending.record(ward, year, request.asSpending(organisation), "reference");
    }

    public List<SpendingView> declarations(int year, String organisation) {
        frame.require(year);
        return spent.ofProvider(year, organisation).stream().map(SpendingView::of).toList();
    }

    public SpendingView declaration(int year, String organisation, String reference) {
        return spent.byReference(organisation, reference).filter(s -> s.year == year).map(SpendingView::of)
                .orElseThrow(() -> ProblemException.notFound("declaration", reference));
    }

    private void requireExperiment(int year, String organisation) {
        if (!allocations.inExperiment(organisation, year)) {
            throw ProblemException.forbidden("Your organisation '" + organisation
                    + "' does not take part in the financial experiment of this ward in " + year);
        }
    }
}
