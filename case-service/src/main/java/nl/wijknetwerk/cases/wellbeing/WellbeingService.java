package nl.wijknetwerk.cases.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

import nl.wijknetwerk.cases.wellbeing.CaseLookup.CaseSummary;
import nl.wijknetwerk.cases.wellbeing.MeasurementSchedule.Status;
import nl.wijknetwerk.cases.wellbeing.MeasurementSchedule.Window;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.CaseWellbeing;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.DueMeasurement;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.MeasurementView;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.PositiveHealth;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.RecordWellbeing;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.ScheduledMoment;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.WellbeingMeasured;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Records wellbeing scores (one per moment and case) and tells which measurements are due. */
@ApplicationScoped
public class WellbeingService {

    private final CaseLookup cases;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final MeterRegistry meters;

    public WellbeingService(CaseLookup cases, Outbox outbox, WardContext context, WardCalendar calendar,
            MeterRegistry meters) {
        this.cases = cases;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.meters = meters;
    }

    public LocalDate today() {
        return calendar.today();
    }

    @Transactional
    public WellbeingMeasurement record(String ward, UUID caseId, RecordWellbeing request) {
        CaseSummary c = cases.forScore(caseId, "wellbeing.record");
        LocalDate today = today();
        LocalDate measuredOn = request.measuredOn() == null ? today : request.measuredOn();
        if (measuredOn.isAfter(today)) {
            throw ProblemException.badRequest("measuredOn", new Objection("cannot be in the future", "kan niet in de toekomst liggen"));
        }
        if (measuredOn.isBefore(c.openedOn())) {
            throw ProblemException.badRequest("measuredOn", new Objection("cannot be before the case was opened (" + c.openedOn() + ")",
                    "kan niet voor de opening van de casus (" + c.openedOn() + ") liggen"));
        }
        MeasurementTiming.check(request.moment(), measuredOn, c.planAgreedOn());
        HelpFitting.check(request.moment(), request.helpFitting());
        if (WellbeingMeasurement.count("caseId = ?1 and moment = ?2", caseId, request.moment()) > 0) {
            throw ProblemException.conflict("already-measured", "Already measured",
                    new Objection(request.moment() + " of this case was already recorded", request.moment() + " van deze casus is al vastgelegd"),
                    "moment", new Objection(request.moment() + " was already measured", request.moment() + " is al gemeten"));
        }
        WellbeingMeasurement m = new WellbeingMeasurement();
        m.id = UUID.randomUUID();
        m.caseId = caseId;
        m.moment = request.moment();
        m.score = request.score();
        m.measuredOn = measuredOn;
        m.helpFitting = request.helpFitting();
        m.recordedBy = context.user();
        m.recordedByOrganisation = context.organisation();
        PositiveHealth ph = request.positiveHealth();
        if (ph != null) {
            m.bodilyFunctions = ph.bodilyFunctions();
            m.mentalWellbeing = ph.mentalWellbeing();
            m.meaning = ph.meaning();
            m.qualityOfLife = ph.qualityOfLife();
            m.participation = ph.participation();
            m.dailyFunctioning = ph.dailyFunctioning();
        }
        m.createdAt = Instant.now();
        m.persist();
        outbox.publish(EventTypes.WELLBEING_MEASURED, ward, caseId.toString(), new WellbeingMeasured(caseId,
                c.residentPseudonym().orElse(null), m.moment, m.score, m.measuredOn, List.of(m.recordedBy),
                PositiveHealth.of(m), m.helpFitting));
        // How many measurements per ward and moment, never the scores: with few residents a sum, mean or maximum
        // would show one person's score. Score averages come from monitoring-service, over groups of at least five.
        meters.counter("wijknetwerk.wellbeing.measured", "ward", ward, "moment", m.moment.name()).increment();
        return m;
    }

    public CaseWellbeing ofCase(String ward, UUID caseId) {
        CaseSummary c = cases.forRead(caseId, "wellbeing.read");
        List<WellbeingMeasurement> measured = WellbeingMeasurement.list("caseId = ?1 order by moment", caseId);
        Map<Moment, WellbeingMeasurement> byMoment = measured.stream()
                .collect(Collectors.toMap(m -> m.moment, Function.identity()));
        LocalDate today = today();
        List<ScheduledMoment> schedule = new ArrayList<>();
        for (Window w : MeasurementSchedule.windows(c.openedOn(), c.planAgreedOn())) {
            WellbeingMeasurement m = byMoment.get(w.moment());
            schedule.add(new ScheduledMoment(w.moment(), w.dueFrom(), w.overdueAfter(),
                    m == null ? w.status(today) : null, m == null ? null : m.measuredOn));
        }
        Integer change = null;
        if (byMoment.containsKey(Moment.T0) && measured.size() > 1) {
            change = measured.get(measured.size() - 1).score - byMoment.get(Moment.T0).score;
        }
        if (cases.readerIsManagerOnly()) {
            return new CaseWellbeing(caseId, c.planAgreedOn().orElse(null), List.of(), schedule, null);
        }
        return new CaseWellbeing(caseId, c.planAgreedOn().orElse(null), measured.stream().map(MeasurementView::of).toList(),
                schedule, change);
    }

    /** Measurements not yet taken whose window has opened, per case; optionally only one professional's cases. */
    public List<DueMeasurement> due(LocalDate on, Optional<String> professional) {
        List<CaseSummary> running = cases.runningVisible().stream()
                .filter(c -> professional.isEmpty() || professional.get().equals(c.professional()))
                .toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Moment>> measured = WellbeingMeasurement.<WellbeingMeasurement> list("caseId in ?1",
                running.stream().map(CaseSummary::id).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.caseId, Collectors.mapping(m -> m.moment, Collectors.toList())));
        List<DueMeasurement> out = new ArrayList<>();
        for (CaseSummary c : running) {
            List<Moment> done = measured.getOrDefault(c.id(), List.of());
            for (Window w : MeasurementSchedule.windows(c.openedOn(), c.planAgreedOn())) {
                Status status = w.status(on);
                if (status != Status.NOT_YET_DUE && !done.contains(w.moment())) {
                    out.add(new DueMeasurement(c.id(), w.moment(), w.dueFrom(), w.overdueAfter(), status, c.professional()));
                }
            }
        }
        out.sort((a, b) -> a.overdueAfter().compareTo(b.overdueAfter()));
        return out;
    }

    /** The wellbeing measurements of a case, in the order they were taken. */
    public List<WellbeingMeasurement> measurementsOf(UUID caseId) {
        return WellbeingMeasurement.list("caseId = ?1 order by measuredOn, createdAt", caseId);
    }
}
