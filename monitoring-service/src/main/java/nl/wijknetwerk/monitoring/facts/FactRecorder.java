package nl.wijknetwerk.monitoring.facts;

import static nl.wijknetwerk.shared.event.Payload.date;
import static nl.wijknetwerk.shared.event.Payload.integer;
import static nl.wijknetwerk.shared.event.Payload.text;
import static nl.wijknetwerk.shared.event.Payload.uuid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.monitoring.profile.DemoProfiles;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.ward.KnownWardDirectory;
import nl.wijknetwerk.shared.ward.WardCalendar;

/**
 * Turns an event of any service into the facts the indicators are computed from. Every effect sets state keyed by
 * the id of what the event describes (never adds to a running total), so the same event applied twice, or all
 * topics replayed from offset zero, leave the same rows.
 */
@ApplicationScoped
public class FactRecorder {

    private final KnownWardDirectory wards;
    private final WardCalendar calendar;
    private final DemoProfiles demoProfiles;
    private final FactVersions versions;
    private final PrefetchedFacts prefetched;

    public FactRecorder(KnownWardDirectory wards, WardCalendar calendar, DemoProfiles demoProfiles, FactVersions versions,
            PrefetchedFacts prefetched) {
        this.prefetched = prefetched;
        this.wards = wards;
        this.calendar = calendar;
        this.demoProfiles = demoProfiles;
        this.versions = versions;
    }

    /**
     * Reads ahead, in one query per kind, the facts the events of a transaction will look up (the cases, MDOs,
     * agreements, measurements, analyses and barriers they name); call in that transaction before applying them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prefetch(List<EventEnvelope> events) {
        Map<Class<?>, Set<UUID>> wanted = new HashMap<>();
        for (EventEnvelope event : events) {
            JsonNode d = event.data();
            switch (event.type()) {
                case EventTypes.CASE_OPENED, EventTypes.CASE_CLOSED, EventTypes.TRIAGE_ROUTE_CHANGED, EventTypes.CASE_DECLINED ->
                        want(wanted, CaseFact.class, d, "caseId");
                case EventTypes.MDO_HELD -> {
                    want(wanted, MdoFact.class, d, "mdoId");
                    want(wanted, CaseFact.class, d, "caseId");
                }
                case EventTypes.PLAN_AGREED -> {
                    want(wanted, CaseFact.class, d, "caseId");
                    d.path("agreements").forEach(a -> want(wanted, AgreementFact.class, a, "agreementId"));
                }
                case EventTypes.AGREEMENT_COMPLETED, EventTypes.AGREEMENT_DROPPED -> want(wanted, AgreementFact.class, d, "agreementId");
                case EventTypes.WELLBEING_MEASURED -> want(wanted, WellbeingFact.class, event.id());
                case EventTypes.MICRO_ANALYSIS_COMPLETED -> want(wanted, AnalysisFact.class, d, "analysisId");
                case EventTypes.BARRIER_REPORTED, EventTypes.BARRIER_ESCALATED, EventTypes.BARRIER_RESOLVED ->
                        want(wanted, BarrierFact.class, d, "barrierId");
                default -> {
                    // Looked up one by one when applied: few of them.
                }
            }
        }
        prefetched.read(Panache.getEntityManager(), wanted);
    }

    private static void want(Map<Class<?>, Set<UUID>> wanted, Class<?> kind, JsonNode d, String field) {
        if (d.hasNonNull(field)) {
            want(wanted, kind, uuid(d, field));
        }
    }

    private static void want(Map<Class<?>, Set<UUID>> wanted, Class<?> kind, UUID id) {
        wanted.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    }

    /** Applies one event; call inside the consuming transaction with the event's ward as tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        JsonNode d = event.data();
        String ward = event.wardid();
        // Whatever the type: the KPI pages of the ward computed before this transaction are out of date once it commits.
        versions.changing(ward);
        switch (event.type()) {
            case EventTypes.WARD_ONBOARDED -> {
                wards.apply(event);
                demoProfiles.importIfAbsent(ward);
            }
            case EventTypes.WARD_SUSPENDED, EventTypes.WARD_ACTIVATED -> wards.apply(event);
            case EventTypes.CASE_OPENED -> {
                CaseFact c = findOr(CaseFact.class, uuid(d, "caseId"), CaseFact::new);
                c.caseId = uuid(d, "caseId");
                c.ward = ward;
                c.kind = d.path("kind").asText();
                c.startedBy = text(d, "startedBy");
                c.triageRoute = text(d, "triageRoute");
                c.openedOn = date(d, "openedOn");
                c.persist();
            }
            case EventTypes.CASE_CLOSED -> findCase(d).ifPresent(c -> c.closedOn = date(d, "closedOn"));
            // The triage mix counts where help lands, so a route changed after the intake replaces the first guess.
            case EventTypes.TRIAGE_ROUTE_CHANGED -> findCase(d).ifPresent(c -> c.triageRoute = d.path("to").asText());
            case EventTypes.CASE_DECLINED -> findCase(d).ifPresent(c -> c.declinedOn = localDate(event));
            case EventTypes.MDO_HELD -> {
                MdoFact m = findOr(MdoFact.class, uuid(d, "mdoId"), MdoFact::new);
                m.mdoId = uuid(d, "mdoId");
                m.ward = ward;
                m.caseId = uuid(d, "caseId");
                m.heldOn = date(d, "heldOn");
                m.organisations = d.path("organisations").size();
                m.professionals = d.path("professionals").size();
                m.daysSinceOpened = d.hasNonNull("daysSinceOpened") ? d.get("daysSinceOpened").asInt() : null;
                m.persist();
                findCase(d).ifPresent(c -> c.firstMdoOn = earliest(c.firstMdoOn, m.heldOn));
            }
            case EventTypes.PLAN_AGREED -> {
                LocalDate agreedOn = date(d, "agreedOn");
                findCase(d).ifPresent(c -> c.firstPlanOn = earliest(c.firstPlanOn, agreedOn));
                for (JsonNode a : d.path("agreements")) {
                    AgreementFact f = findOr(AgreementFact.class, uuid(a, "agreementId"), AgreementFact::new);
                    f.agreementId = uuid(a, "agreementId");
                    f.ward = ward;
                    f.caseId = uuid(d, "caseId");
                    f.performer = a.path("performer").asText();
                    // A later plan version that keeps the agreement does not make it younger.
                    f.agreedOn = earliest(f.agreedOn, agreedOn);
                    f.dueOn = a.hasNonNull("dueOn") ? date(a, "dueOn") : null;
                    f.persist();
                }
            }
            case EventTypes.AGREEMENT_COMPLETED -> find(AgreementFact.class, uuid(d, "agreementId")).ifPresent(a -> {
                a.completedOn = date(d, "completedOn");
                a.onTime = d.path("onTime").asBoolean();
            });
            case EventTypes.AGREEMENT_DROPPED -> find(AgreementFact.class, uuid(d, "agreementId"))
                    .ifPresent(a -> a.droppedOn = date(d, "droppedOn"));
            case EventTypes.WELLBEING_MEASURED -> {
                WellbeingFact w = findOr(WellbeingFact.class, event.id(), WellbeingFact::new);
                w.eventId = event.id();
                w.ward = ward;
                w.caseId = uuid(d, "caseId");
                w.residentPseudonym = text(d, "residentPseudonym");
                w.moment = d.path("moment").asText();
                w.score = d.path("score").asInt();
                w.measuredOn = date(d, "measuredOn");
                w.helpFitting = d.hasNonNull("helpFitting") ? d.get("helpFitting").asInt() : null;
                w.recordedAt = event.time();
                w.persist();
            }
            case EventTypes.MICRO_ANALYSIS_COMPLETED -> {
                AnalysisFact a = findOr(AnalysisFact.class, uuid(d, "analysisId"), AnalysisFact::new);
                a.analysisId = uuid(d, "analysisId");
                a.ward = ward;
                a.caseId = uuid(d, "caseId");
                a.completedOn = date(d, "completedOn");
                a.repeat = d.path("repeat").asBoolean(false);
                a.currentCents = d.path("totals").path("currentCents").asLong();
                a.doNothingCents = d.path("totals").path("doNothingCents").asLong();
                a.chosenCents = d.path("totals").path("chosenCents").asLong();
                a.savingsVsDoNothingCents = d.path("savingsVsDoNothingCents").asLong();
                a.savingsVsCurrentCents = d.path("savingsVsCurrentCents").asLong();
                // Events from before caseType existed: an analysis without current cost is a new case.
                a.caseType = d.hasNonNull("caseType") ? d.get("caseType").asText() : a.currentCents == 0 ? "NEW" : "EXISTING";
                a.currentByDomain = cents(d.path("byDomain").path("current"));
                a.doNothingByDomain = cents(d.path("byDomain").path("doNothing"));
                a.chosenByDomain = cents(d.path("byDomain").path("chosen"));
                a.recordedAt = event.time();
                a.persist();
            }
            case EventTypes.BARRIER_REPORTED -> {
                BarrierFact b = findOr(BarrierFact.class, uuid(d, "barrierId"), BarrierFact::new);
                b.barrierId = uuid(d, "barrierId");
                b.ward = ward;
                b.caseId = uuid(d, "caseId");
                b.kind = d.path("kind").asText();
                b.reportedOn = date(d, "reportedOn");
                b.persist();
            }
            case EventTypes.BARRIER_ESCALATED -> find(BarrierFact.class, uuid(d, "barrierId"))
                    .ifPresent(b -> b.escalationLevel = Math.max(b.escalationLevel == null ? 0 : b.escalationLevel, d.path("level").asInt()));
            case EventTypes.BARRIER_RESOLVED -> find(BarrierFact.class, uuid(d, "barrierId")).ifPresent(b -> {
                b.resolvedOn = date(d, "resolvedOn");
                b.daysOpen = d.path("daysOpen").asInt();
            });
            case EventTypes.INITIATIVE_CHANGED -> {
                InitiativeState s = findOr(InitiativeState.class, event.id(), InitiativeState::new);
                s.eventId = event.id();
                s.ward = ward;
                s.initiativeId = uuid(d, "initiativeId");
                s.effectiveAt = event.time();
                s.effectiveOn = localDate(event);
                s.kind = d.path("kind").asText();
                s.initiator = d.path("initiator").asText();
                s.status = d.path("status").asText();
                s.participants = integer(d, "participants");
                s.volunteers = integer(d, "volunteers");
                s.visitorsPerWeek = integer(d, "visitorsPerWeek");
                s.persist();
            }
            case EventTypes.LEERSESSIE_HELD -> {
                LeersessieFact l = findOr(LeersessieFact.class, uuid(d, "sessionId"), LeersessieFact::new);
                JsonNode att = d.path("attendance");
                l.sessionId = uuid(d, "sessionId");
                l.ward = ward;
                l.kind = d.path("kind").asText();
                l.heldOn = date(d, "heldOn");
                l.professionals = att.path("professionals").asInt();
                l.managers = att.path("managers").asInt();
                l.residents = att.path("residents").asInt();
                l.directors = att.path("directors").asInt(0);
                l.persist();
            }
            case EventTypes.PROFESSIONAL_JOINED -> {
                ProfessionalFact p = professional(ward, d);
                p.joinedOn = earliest(p.joinedOn, localDate(event));
            }
            case EventTypes.PROFESSIONAL_LEFT -> professional(ward, d).leftOn = localDate(event);
            case EventTypes.LEERPLAN_STEP_COMPLETED -> {
                if (d.path("planCompleted").asBoolean(false)) {
                    ProfessionalFact p = professional(ward, d);
                    p.planCompletedOn = earliest(p.planCompletedOn, localDate(event));
                }
            }
            case EventTypes.PULSE_AGGREGATED -> {
                String period = d.path("period").asText();
                PulseFact p = findOr(PulseFact.class, FactIds.of("pulse", ward, period), PulseFact::new);
                p.id = FactIds.of("pulse", ward, period);
                p.ward = ward;
                p.period = period;
                p.respondents = d.path("respondents").asInt();
                p.workSatisfaction = d.path("workSatisfactionAverage").decimalValue();
                p.collaboration = d.path("collaborationAverage").decimalValue();
                p.persist();
            }
            case EventTypes.BUDGET_SET -> {
                int year = d.path("year").asInt();
                int revision = d.path("revision").asInt(1);
                BudgetFact b = findOr(BudgetFact.class, FactIds.of("budget", ward, Integer.toString(year)), BudgetFact::new);
                // An older revision arriving late must not undo a newer one.
                if (b.id == null || revision >= b.revision) {
                    b.id = FactIds.of("budget", ward, Integer.toString(year));
                    b.ward = ward;
                    b.year = year;
                    b.totalCents = d.path("totalCents").asLong();
                    b.revision = revision;
                    b.persist();
                }
            }
            case EventTypes.SPENDING_RECORDED -> {
                SpendingFact s = findOr(SpendingFact.class, uuid(d, "spendingId"), SpendingFact::new);
                s.spendingId = uuid(d, "spendingId");
                s.ward = ward;
                s.year = d.path("year").asInt();
                s.category = d.path("category").asText();
                s.amountCents = d.path("amountCents").asLong();
                s.spentOn = date(d, "spentOn");
                s.persist();
            }
            case EventTypes.COMMITMENT_CREATED -> {
                CommitmentFact c = findOr(CommitmentFact.class, uuid(d, "commitmentId"), CommitmentFact::new);
                boolean known = c.commitmentId != null;
                c.commitmentId = uuid(d, "commitmentId");
                c.ward = ward;
                c.year = d.path("year").asInt();
                c.amountCents = d.path("amountCents").asLong();
                c.released = known && c.released;
                c.persist();
            }
            case EventTypes.COMMITMENT_RELEASED -> CommitmentFact.<CommitmentFact> findByIdOptional(uuid(d, "commitmentId"))
                    .ifPresent(c -> c.released = true);
            default -> {
                // Types no indicator needs (intake, MDO planned, thresholds, settlements, organisations, intervision).
            }
        }
    }

    private ProfessionalFact professional(String ward, JsonNode d) {
        String professionalId = d.path("professionalId").asText();
        UUID id = ProfessionalFact.idOf(ward, professionalId);
        ProfessionalFact p = ProfessionalFact.findById(id);
        if (p == null) {
            p = new ProfessionalFact();
            p.id = id;
            p.ward = ward;
            p.professionalId = professionalId;
            p.persist();
        }
        return p;
    }

    private Optional<CaseFact> findCase(JsonNode d) {
        return find(CaseFact.class, uuid(d, "caseId"));
    }

    /** The fact, without a query when it was read ahead. */
    private <T extends PanacheEntityBase> Optional<T> find(Class<T> type, UUID id) {
        return prefetched.absent(type, id) ? Optional.empty() : Optional.ofNullable(Panache.getEntityManager(type).find(type, id));
    }

    /** The fact, or a new one the caller persists. */
    private <T extends PanacheEntityBase> T findOr(Class<T> type, UUID id, Supplier<T> fresh) {
        Optional<T> found = find(type, id);
        if (found.isPresent()) {
            return found.get();
        }
        prefetched.created(type, id);
        return fresh.get();
    }

    /** The day the event happened in its ward, for facts whose payload carries no date of its own. */
    private LocalDate localDate(EventEnvelope event) {
        return event.time().atZone(calendar.zone(event.wardid())).toLocalDate();
    }

    private static LocalDate earliest(LocalDate known, LocalDate candidate) {
        return known == null || candidate.isBefore(known) ? candidate : known;
    }

    private static Map<String, Long> cents(JsonNode byDomain) {
        Map<String, Long> out = new HashMap<>();
        byDomain.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }
}
