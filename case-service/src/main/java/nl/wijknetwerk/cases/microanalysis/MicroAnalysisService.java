package nl.wijknetwerk.cases.microanalysis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.AnalyseCase;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.ByDomain;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.MicroAnalysisCompleted;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.Quantity;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.Totals;
import nl.wijknetwerk.cases.microanalysis.Pricing.Scenario;
import nl.wijknetwerk.cases.pricelist.PriceListEdition;
import nl.wijknetwerk.cases.pricelist.PriceListItem;
import nl.wijknetwerk.cases.pricelist.PriceListService;
import nl.wijknetwerk.cases.wellbeing.CaseLookup;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Prices a case's three scenarios from a pinned edition, locks that edition, and reports the totals as an event. */
@ApplicationScoped
public class MicroAnalysisService {

    private final CaseLookup cases;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final MeterRegistry meters;
    private final PriceListService priceLists;

    public MicroAnalysisService(CaseLookup cases, Outbox outbox, WardContext context, WardCalendar calendar,
            MeterRegistry meters, PriceListService priceLists) {
        this.cases = cases;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.meters = meters;
        this.priceLists = priceLists;
    }

    @Transactional
    public MicroAnalysis analyse(String ward, UUID caseId, AnalyseCase request) {
        cases.forChange(caseId, "micro-analysis.record");
        PriceListEdition edition = priceLists.edition(request.edition())
                .orElseThrow(() -> ProblemException.unprocessable("edition", new Objection("no price-list edition '" + request.edition() + "'",
                        "geen editie '" + request.edition() + "' van de prijslijst")));
        if (request.repeatOf() != null) {
            MicroAnalysis earlier = MicroAnalysis.findById(request.repeatOf());
            if (earlier == null || !earlier.caseId.equals(caseId)) {
                throw ProblemException.unprocessable("repeatOf", new Objection("not an earlier micro-analysis of this case", "geen eerdere micro-analyse van deze casus"));
            }
        }
        MicroAnalysis a = new MicroAnalysis();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.edition = edition.edition;
        a.repeatOf = request.repeatOf();
        a.note = request.note() == null ? null : request.note().strip();
        a.computedBy = context.user();
        a.computedByOrganisation = context.organisation();
        a.completedOn = calendar.today();
        a.createdAt = Instant.now();
        for (Scenario scenario : Scenario.values()) {
            List<Quantity> quantities = request.scenarios().of(scenario);
            for (int i = 0; i < quantities.size(); i++) {
                a.lines.add(priced(edition, scenario, i, quantities.get(i)));
            }
        }
        Pricing.Outcome outcome = a.outcome();
        a.currentCents = outcome.current().totalCents();
        a.doNothingCents = outcome.doNothing().totalCents();
        a.chosenCents = outcome.chosen().totalCents();
        a.caseType = CaseType.of(request.caseType(), a.currentCents);
        a.persist();
        priceLists.lock(edition);
        outbox.publish(EventTypes.MICRO_ANALYSIS_COMPLETED, ward, caseId.toString(), new MicroAnalysisCompleted(caseId,
                a.id, a.edition, a.completedOn, a.repeatOf != null ? Boolean.TRUE : null, a.computedBy, a.caseType,
                new Totals(a.currentCents, a.doNothingCents, a.chosenCents),
                new ByDomain(outcome.current().byDomainCents(), outcome.doNothing().byDomainCents(),
                        outcome.chosen().byDomainCents()),
                outcome.savingsVsCurrentCents(), outcome.savingsVsDoNothingCents()));
        meters.counter("wijknetwerk.microanalysis.completed", "ward", ward, "repeat", String.valueOf(a.repeatOf != null)).increment();
        return a;
    }

    private MicroAnalysis.PricedLine priced(PriceListEdition edition, Scenario scenario, int index, Quantity q) {
        PriceListItem item = priceLists.item(edition, q.item().strip()).orElseThrow(() -> ProblemException.unprocessable(
                "scenarios." + field(scenario) + "[" + index + "].item",
                new Objection("'" + q.item() + "' is not an item of price-list edition '" + edition.edition + "'",
                        "'" + q.item() + "' staat niet in editie '" + edition.edition + "' van de prijslijst")));
        MicroAnalysis.PricedLine line = new MicroAnalysis.PricedLine();
        line.scenario = scenario;
        line.itemCode = item.code;
        line.domain = item.domain;
        line.unitPriceCents = item.unitPriceCents;
        line.quantityPerYear = q.quantityPerYear();
        line.amountCents = line.toLine().cents();
        return line;
    }

    private static String field(Scenario scenario) {
        return switch (scenario) {
            case CURRENT -> "current";
            case DO_NOTHING -> "doNothing";
            case CHOSEN -> "chosen";
        };
    }

    /** The micro-analyses of a case, oldest first. */
    public List<MicroAnalysis> ofCase(UUID caseId) {
        return MicroAnalysis.list("caseId = ?1 order by createdAt", caseId);
    }
}
