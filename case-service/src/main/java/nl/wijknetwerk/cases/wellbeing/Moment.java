package nl.wijknetwerk.cases.wellbeing;

/** When the resident scores their wellbeing, relative to the agreed solution. */
public enum Moment {
    /** Before the solution: at the start, by the time the plan is agreed. */
    T0,
    /** About six weeks after the plan was agreed. */
    T1,
    /** The repeat measurement (herhaalmeting), six to twelve months after the plan. */
    T2
}
