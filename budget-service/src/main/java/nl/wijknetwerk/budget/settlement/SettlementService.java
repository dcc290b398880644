package nl.wijknetwerk.budget.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.budget.allocation.AllocationQueries;
import nl.wijknetwerk.budget.allocation.AllocationService;
import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.frame.BudgetFrameService;
import nl.wijknetwerk.budget.frame.WardBudget;
import nl.wijknetwerk.budget.settlement.SettlementApi.SettlementView;
import nl.wijknetwerk.budget.settlement.SettlementApi.ShareView;
import nl.wijknetwerk.budget.settlement.SettlementApi.Status;
import nl.wijknetwerk.budget.settlement.SettlementApi.YearSettled;
import nl.wijknetwerk.budget.spending.Spending;
import nl.wijknetwerk.budget.spending.SpendingQueries;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Settles a year with the surplus rule ({@link SurplusSplit}). A preview writes nothing; a confirmed settlement is
 * final: the year accepts no more allocations or spending, and the residents' third is added to next year's budget
 * and its resident-initiative allocation.
 */
@ApplicationScoped
public class SettlementService {

    static final String REMAINDER_RULE = "Thirds in whole cents; a remaining cent goes first to the residents, a second"
            + " to the municipality. The providers' part is divided pro rata to their lump-sum shares by largest"
            + " remainder (ties: larger share, then provider id).";

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final BudgetFrameService frame;
    private final AllocationService allocations;
    private final AllocationQueries allocationLines;
    private final SpendingQueries spendingQueries;

    public SettlementService(Outbox outbox, WardContext context, WardCalendar calendar, BudgetFrameService frame,
            AllocationService allocations, AllocationQueries allocationLines, SpendingQueries spendingQueries) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.frame = frame;
        this.allocations = allocations;
        this.allocationLines = allocationLines;
        this.spendingQueries = spendingQueries;
    }

    @Transactional
    public SettlementView settle(String ward, int year, boolean confirm) {
        WardBudget budget = frame.lockOpen(year);
        if (!calendar.today(ward).isAfter(LocalDate.of(year, 12, 31))) {
            throw ProblemException.unprocessable("year", new Objection(year + " is not over yet; it is settled after 31 December",
                    year + " is nog niet voorbij; het wordt na 31 december afgerekend"));
        }
        List<Spending> spending = spendingQueries.ofYear(year);
        long pending = spending.stream().filter(s -> s.status == Spending.Status.PENDING_APPROVAL).count();
        if (pending > 0) {
            throw ProblemException.conflict(new Objection(pending + " spending(s) of " + year + " wait for the controller's approval; decide them first",
                    pending == 1 ? "1 uitgave van " + year + " wacht op goedkeuring van de controller; beslis daar eerst over"
                            : pending + " uitgaven van " + year + " wachten op goedkeuring van de controller; beslis daar eerst over"));
        }
        Map<String, Long> lumpSums = new LinkedHashMap<>();
        allocationLines.of(budget.id).stream().filter(a -> a.category == Category.PROVIDER && a.lumpSumCents > 0)
                .forEach(a -> lumpSums.put(a.providerId, a.lumpSumCents));
        if (lumpSums.isEmpty()) {
            throw ProblemException.unprocessable("allocations", new Objection("no provider has a lump-sum share in " + year
                    + ", so the providers' part cannot be divided",
                    "geen aanbieder heeft een lumpsumdeel in " + year + ", dus het deel van de aanbieders kan niet worden verdeeld"));
        }
        long spent = spending.stream().filter(s -> s.status == Spending.Status.RECORDED).mapToLong(s -> s.amountCents)
                .reduce(0L, Math::addExact);
        SurplusSplit split = SurplusSplit.of(budget.totalCents, spent, lumpSums);
        if (!confirm) {
            return view(year, split, lumpSums, Status.PREVIEW, null, null);
        }
        Settlement s = new Settlement();
        s.id = UUID.randomUUID();
        s.year = year;
        s.budgetCents = split.budgetCents();
        s.spentCents = split.spentCents();
        s.surplusCents = split.surplusCents();
        s.residentsCents = split.residentsCents();
        s.municipalityCents = split.municipalityCents();
        s.providersCents = split.providersCents();
        s.confirmedBy = context.user();
        s.confirmedAt = Instant.now();
        split.providerShares().forEach((provider, cents) -> {
            Settlement.Share share = new Settlement.Share();
            share.id = UUID.randomUUID();
            share.providerId = provider;
            share.lumpSumCents = lumpSums.get(provider);
            share.shareCents = cents;
            s.shares.add(share);
        });
        s.persist();
        frame.markSettled(budget, s.confirmedAt);
        if (split.residentsCents() > 0) {
            WardBudget next = frame.carryOver(ward, year + 1, split.residentsCents(),
                    "Residents' third of the " + year + " surplus, for resident initiatives");
            allocations.add(ward, next, Category.RESIDENT_INITIATIVE, split.residentsCents());
        }
        outbox.publish(EventTypes.YEAR_SETTLED, ward, budget.id.toString(), new YearSettled(year, s.budgetCents,
                s.spentCents, s.surplusCents, s.residentsCents, s.municipalityCents, s.providersCents));
        return view(year, split, lumpSums, Status.CONFIRMED, s.confirmedBy, s.confirmedAt);
    }

    public static SettlementView view(Settlement s) {
        return new SettlementView(s.year, Status.CONFIRMED, s.budgetCents, s.spentCents, s.surplusCents, s.surplusCents < 0,
                s.residentsCents, s.municipalityCents, s.providersCents,
                s.shares.stream().map(x -> new ShareView(x.providerId, x.lumpSumCents, x.shareCents)).toList(),
                REMAINDER_RULE, s.confirmedBy, s.confirmedAt);
    }

    private static SettlementView view(int year, SurplusSplit split, Map<String, Long> lumpSums, Status status, String by, Instant at) {
        List<ShareView> shares = split.providerShares().entrySet().stream()
                .map(e -> new ShareView(e.getKey(), lumpSums.get(e.getKey()), e.getValue())).toList();
        return new SettlementView(year, status,
                split.budgetCents(), split.spentCents(), split.surplusCents(), split.shortfall(), split.residentsCents(),
                split.municipalityCents(), split.providersCents(), shares, REMAINDER_RULE, by, at);
    }
}
