package nl.wijknetwerk.monitoring.catalogue;

/** The three headline measures of the 2018 monitoring framework. */
public enum Headline {
    /** Residents' wellbeing. */
    GOED_LEVEN("GOED LEVEN"),
    /** Professionals' work satisfaction. */
    MOOI_WERK("MOOI WERK"),
    /** The budget and societal costs. */
    FINANCIEEL_GEZOND("FINANCIEEL GEZOND");

    public final String label;

    Headline(String label) {
        this.label = label;
    }
}
