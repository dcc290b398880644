package nl.wijknetwerk.network.leerplan;

/**
 * The steps of the leerplan "anders denken, doen en organiseren" (a professional's learning plan for the way of
 * working), with the count a ward asks for unless it configures its own.
 */
public enum LeerplanStep {
    ATTEND_LEERSESSIES(6, Source.THIS_SERVICE),
    SAMENWERKPLAN_CONVERSATION(3, Source.RECORDED),
    BRING_IN_CASE(2, Source.THIS_SERVICE),
    /** Organising an MDO (with an aanjager's support), counted from case-service's mdo-held. */
    ORGANISE_MDO(3, Source.CASE_SERVICE),
    LEAD_INTERVISION(2, Source.THIS_SERVICE),
    COMPUTE_MICRO_ANALYSIS(2, Source.CASE_SERVICE),
    SHARE_EXPERIENCE(1, Source.RECORDED),
    /** A resident scored their wellbeing above 6 on a case the professional worked on. */
    POSITIVE_FEEDBACK(3, Source.CASE_SERVICE),
    AMBASSADOR(1, Source.MANAGER);

    /** Where the count of a step comes from. */
    public enum Source {
        /** Leersessie attendance and intervision rounds kept here. */
        THIS_SERVICE,
        /** Events of case-service. */
        CASE_SERVICE,
        /** Recorded by a manager or coordinator: nothing else observes it. */
        RECORDED,
        /** A manager marks it. */
        MANAGER
    }

    private final int defaultTarget;
    private final Source source;

    LeerplanStep(int defaultTarget, Source source) {
        this.defaultTarget = defaultTarget;
        this.source = source;
    }

    public int defaultTarget() {
        return defaultTarget;
    }

    public Source source() {
        return source;
    }
}
