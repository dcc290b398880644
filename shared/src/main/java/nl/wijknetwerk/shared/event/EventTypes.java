package nl.wijknetwerk.shared.event;

import java.util.List;

/**
 * Every event type of the platform. A type is {@code nl.wijknetwerk.<owner>.<name>.v<major>}; its JSON Schema
 * lives at {@code /schemas/<type>.json} in this module, and {@link EventSchemas} refuses anything else.
 * The catalogue with the payload fields is docs/events.md.
 */
public final class EventTypes {

    // network-service (topic network.events)
    public static final String INTERVISION_COMPLETED = "nl.wijknetwerk.network.intervision-completed.v1";
    public static final String LEERPLAN_STEP_COMPLETED = "nl.wijknetwerk.network.leerplan-step-completed.v1";
    public static final String LEERSESSIE_HELD = "nl.wijknetwerk.network.leersessie-held.v1";
    public static final String ORGANISATION_JOINED = "nl.wijknetwerk.network.organisation-joined.v1";
    public static final String ORGANISATION_LEFT = "nl.wijknetwerk.network.organisation-left.v1";
    public static final String PROFESSIONAL_JOINED = "nl.wijknetwerk.network.professional-joined.v1";
    public static final String PROFESSIONAL_LEFT = "nl.wijknetwerk.network.professional-left.v1";
    public static final String PULSE_AGGREGATED = "nl.wijknetwerk.network.pulse-aggregated.v1";
    public static final String WARD_ACTIVATED = "nl.wijknetwerk.network.ward-activated.v1";
    public static final String WARD_ONBOARDED = "nl.wijknetwerk.network.ward-onboarded.v1";
    public static final String WARD_SUSPENDED = "nl.wijknetwerk.network.ward-suspended.v1";

    // case-service (topic cases.events)
    public static final String AGREEMENT_COMPLETED = "nl.wijknetwerk.case.agreement-completed.v1";
    public static final String AGREEMENT_DROPPED = "nl.wijknetwerk.case.agreement-dropped.v1";
    public static final String BARRIER_ESCALATED = "nl.wijknetwerk.case.barrier-escalated.v1";
    public static final String BARRIER_REPORTED = "nl.wijknetwerk.case.barrier-reported.v1";
    public static final String BARRIER_RESOLVED = "nl.wijknetwerk.case.barrier-resolved.v1";
    public static final String CASE_CLOSED = "nl.wijknetwerk.case.case-closed.v1";
    public static final String CASE_DECLINED = "nl.wijknetwerk.case.case-declined.v1";
    public static final String CASE_OPENED = "nl.wijknetwerk.case.case-opened.v1";
    public static final String CONSENT_RECORDED = "nl.wijknetwerk.case.consent-recorded.v1";
    public static final String INITIATIVE_CHANGED = "nl.wijknetwerk.case.initiative-changed.v1";
    public static final String INTAKE_RECORDED = "nl.wijknetwerk.case.intake-recorded.v1";
    public static final String MDO_CANCELLED = "nl.wijknetwerk.case.mdo-cancelled.v1";
    public static final String MDO_HELD = "nl.wijknetwerk.case.mdo-held.v1";
    public static final String MDO_PLANNED = "nl.wijknetwerk.case.mdo-planned.v1";
    public static final String MICRO_ANALYSIS_COMPLETED = "nl.wijknetwerk.case.micro-analysis-completed.v1";
    public static final String PLAN_AGREED = "nl.wijknetwerk.case.plan-agreed.v1";
    public static final String TRIAGE_ROUTE_CHANGED = "nl.wijknetwerk.case.triage-route-changed.v1";
    public static final String WELLBEING_MEASURED = "nl.wijknetwerk.case.wellbeing-measured.v1";

    // budget-service (topic budget.events)
    public static final String ALLOCATION_CHANGED = "nl.wijknetwerk.budget.allocation-changed.v1";
    public static final String BUDGET_SET = "nl.wijknetwerk.budget.budget-set.v1";
    public static final String COMMITMENT_CREATED = "nl.wijknetwerk.budget.commitment-created.v1";
    public static final String COMMITMENT_RELEASED = "nl.wijknetwerk.budget.commitment-released.v1";
    public static final String SPENDING_RECORDED = "nl.wijknetwerk.budget.spending-recorded.v1";
    public static final String SPENDING_REJECTED = "nl.wijknetwerk.budget.spending-rejected.v1";
    public static final String THRESHOLD_PASSED = "nl.wijknetwerk.budget.threshold-passed.v1";
    public static final String YEAR_SETTLED = "nl.wijknetwerk.budget.year-settled.v1";

    public static final List<String> ALL = List.of(
            INTERVISION_COMPLETED,
            LEERPLAN_STEP_COMPLETED,
            LEERSESSIE_HELD,
            ORGANISATION_JOINED,
            ORGANISATION_LEFT,
            PROFESSIONAL_JOINED,
            PROFESSIONAL_LEFT,
            PULSE_AGGREGATED,
            WARD_ACTIVATED,
            WARD_ONBOARDED,
            WARD_SUSPENDED,
            AGREEMENT_COMPLETED,
            AGREEMENT_DROPPED,
            BARRIER_ESCALATED,
            BARRIER_REPORTED,
            BARRIER_RESOLVED,
            CASE_CLOSED,
            CASE_DECLINED,
            CASE_OPENED,
            CONSENT_RECORDED,
            INITIATIVE_CHANGED,
            INTAKE_RECORDED,
            MDO_CANCELLED,
            MDO_HELD,
            MDO_PLANNED,
            MICRO_ANALYSIS_COMPLETED,
            PLAN_AGREED,
            TRIAGE_ROUTE_CHANGED,
            WELLBEING_MEASURED,
            ALLOCATION_CHANGED,
            BUDGET_SET,
            COMMITMENT_CREATED,
            COMMITMENT_RELEASED,
            SPENDING_RECORDED,
            SPENDING_REJECTED,
            THRESHOLD_PASSED,
            YEAR_SETTLED);

    private EventTypes() {
    }
}
