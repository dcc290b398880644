package nl.wijknetwerk.budget.frame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.budget.Euros;
import nl.wijknetwerk.budget.allocation.AllocationQueries;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.AgreementRequest;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.AgreementView;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.BudgetSet;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.BudgetSummary;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.EventSource;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.SourceAmount;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.SourcesRequest;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Sets the ward budget: a multi-year agreement, and per year its funding sources, revised but never overwritten. */
@ApplicationScoped
public class BudgetFrameService {

    private static final int LONGEST_AGREEMENT_YEARS = 10;

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final AllocationQueries allocations;

    public BudgetFrameService(Outbox outbox, WardContext context, WardCalendar calendar, AllocationQueries allocations) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.allocations = allocations;
    }

    /** The year's budget; 404 when the ward has none for that year. */
    public WardBudget require(int year) {
        return WardBudget.require(year);
    }

    /**
     * The year's budget, locked until the transaction ends and still open (409 once settled): every change that must
     * stay within the budget (allocations, spending, settlement) takes this lock first.
     */
    public WardBudget lockOpen(int year) {
        WardBudget budget = WardBudget.lock(year);
        budget.requireOpen();
        return budget;
    }

    /** Every revision of the year's funding sources, oldest first. */
    public List<BudgetRevision> revisions(UUID budgetId) {
        return BudgetRevision.of(budgetId);
    }

    public boolean settled(WardBudget budget) {
        return budget.settled();
    }

    /** The year is settled from now on: nothing about it changes any more. */
    public void markSettled(WardBudget budget, Instant confirmedAt) {
        budget.settledAt = confirmedAt;
    }

    @Transactional
    public AgreementView agree(String ward, AgreementRequest request) {
        if (request.lastYear() < request.firstYear()) {
            throw ProblemException.badRequest("lastYear", new Objection("must not be before firstYear " + request.firstYear(),
                    "mag niet voor het eerste jaar " + request.firstYear() + " liggen"));
        }
        if (request.lastYear() - request.firstYear() + 1 > LONGEST_AGREEMENT_YEARS) {
            throw ProblemException.badRequest("lastYear", new Objection("an agreement spans at most " + LONGEST_AGREEMENT_YEARS + " years",
                    "een afspraak beslaat hoogstens " + LONGEST_AGREEMENT_YEARS + " jaar"));
        }
        requireDistinct(request.sources());
        for (int year = request.firstYear(); year <= request.lastYear(); year++) {
            if (WardBudget.forYear(year).isPresent()) {
                throw ProblemException.unprocessable("firstYear", new Objection("the ward has a budget for " + year
                        + " already; change that year's sources instead",
                        "de wijk heeft al een budget voor " + year + "; wijzig de bronnen van dat jaar"));
            }
        }
        BudgetAgreement agreement = new BudgetAgreement();
        agreement.id = UUID.randomUUID();
        agreement.firstYear = request.firstYear();
        agreement.lastYear = request.lastYear();
        agreement.description = request.description();
        agreement.createdBy = context.user();
        agreement.createdAt = Instant.now();
        agreement.persist();
        List<BudgetSummary> years = new ArrayList<>();
        for (int year = request.firstYear(); year <= request.lastYear(); year++) {
            WardBudget budget = newBudget(year, agreement.id);
            revise(ward, budget, request.sources(), false, null);
            years.add(BudgetSummary.of(budget));
        }
        return new AgreementView(agreement.id, agreement.firstYear, agreement.lastYear, agreement.description, years);
    }

    /** Every agreement of the ward, oldest first, with the budget of each of its years as it stands now. */
    public List<AgreementView> agreements() {
        List<WardBudget> budgets = WardBudget.list("agreementId is not null order by year");
        return BudgetAgreement.<BudgetAgreement> list("order by firstYear").stream()
                .map(a -> new AgreementView(a.id, a.firstYear, a.lastYear, a.description, budgets.stream()
                        .filter(b -> a.id.equals(b.agreementId)).map(BudgetSummary::of).toList()))
                .toList();
    }

    /**
     * Sets a year's funding sources. Before the year starts this is planning; once it has started the change is an
     * amendment that needs a reason. Either way a new revision is added and the earlier ones stay as they were.
     */
    @Transactional
    public BudgetRevision setSources(String ward, int year, SourcesRequest request) {
        requireDistinct(request.sources());
        WardBudget budget = WardBudget.<WardBudget> find("year", year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElse(null);
        if (budget == null) {
            budget = newBudget(year, null);
            return revise(ward, budget, request.sources(), false, request.reason());
        }
        budget.requireOpen();
        boolean amendment = yearStarted(ward, year);
        if (amendment && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.badRequest("reason", new Objection("the year " + year + " has started: say why its budget changes",
                    "het jaar " + year + " is begonnen: zeg waarom het budget verandert"));
        }
        long total = sum(request.sources()) + budget.carryOverCents;
        long allocated = allocations.totalCents(budget.id);
        if (total < allocated) {
            throw ProblemException.unprocessable("sources", new Objection("the new budget " + total + " is below the " + allocated
                    + " cents already allocated; lower the allocations first",
                    "het nieuwe budget van " + Euros.dutch(total) + " is lager dan de " + Euros.dutch(allocated)
                    + " die al verdeeld is; verlaag eerst de verdeling"));
        }
        budget.revision++;
        return revise(ward, budget, request.sources(), amendment, request.reason());
    }

    /** Adds the settlement's residents' part of the previous year to this year's budget, as its own line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WardBudget carryOver(String ward, int year, long cents, String reason) {
        WardBudget budget = WardBudget.<WardBudget> find("year", year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElse(null);
        List<SourceAmount> sources = List.of();
        if (budget == null) {
            budget = newBudget(year, null);
        } else {
            budget.requireOpen();
            sources = BudgetRevision.current(budget).sources.stream().map(s -> new SourceAmount(s.source, s.amountCents)).toList();
            budget.revision++;
        }
        budget.carryOverCents += cents;
        revise(ward, budget, sources, yearStarted(ward, year), reason);
        return budget;
    }

    private WardBudget newBudget(int year, UUID agreementId) {
        WardBudget budget = new WardBudget();
        budget.id = UUID.randomUUID();
        budget.year = year;
        budget.agreementId = agreementId;
        budget.revision = 1;
        budget.createdAt = Instant.now();
        return budget;
    }

    private BudgetRevision revise(String ward, WardBudget budget, List<SourceAmount> sources, boolean amendment, String reason) {
        budget.totalCents = sum(sources) + budget.carryOverCents;
        if (!budget.isPersistent()) {
            budget.persist();
        }
        BudgetRevision revision = new BudgetRevision();
        revision.id = UUID.randomUUID();
        revision.budgetId = budget.id;
        revision.revision = budget.revision;
        revision.totalCents = budget.totalCents;
        revision.amendment = amendment;
        revision.reason = reason == null || reason.isBlank() ? null : reason.strip();
        revision.changedBy = context.user();
        revision.changedAt = Instant.now();
        for (SourceAmount s : sources) {
            FundingSource line = new FundingSource();
            line.id = UUID.randomUUID();
            line.source = s.source();
            line.amountCents = s.amountCents();
            revision.sources.add(line);
        }
        revision.persist();
        List<EventSource> eventSources = new ArrayList<>(sources.stream().map(s -> new EventSource(s.source().name(), s.amountCents())).toList());
        if (budget.carryOverCents > 0) {
            eventSources.add(new EventSource(BudgetFrameApi.CARRY_OVER, budget.carryOverCents));
        }
        outbox.publish(EventTypes.BUDGET_SET, ward, budget.id.toString(),
                new BudgetSet(budget.year, budget.totalCents, budget.revision, eventSources));
        return revision;
    }

    private static long sum(List<SourceAmount> sources) {
        return sources.stream().mapToLong(SourceAmount::amountCents).reduce(0L, Math::addExact);
    }

    private static void requireDistinct(List<SourceAmount> sources) {
        Set<FundingSource.Kind> seen = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!seen.add(sources.get(i).source())) {
                throw ProblemException.badRequest("sources[" + i + "].source", new Objection(sources.get(i).source() + " is listed twice",
                        sources.get(i).source() + " staat er twee keer in"));
            }
        }
    }

    /** Budget years run from 1 January to 31 December in the ward's own zone; a started year is amended, not planned. */
    private boolean yearStarted(String ward, int year) {
        return !calendar.today(ward).isBefore(LocalDate.of(year, 1, 1));
    }
}
