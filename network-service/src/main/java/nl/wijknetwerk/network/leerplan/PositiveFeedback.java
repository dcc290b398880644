package nl.wijknetwerk.network.leerplan;

/**
 * The leerplan step "positieve feedback van een geholpen bewoner (cijfer boven 6)": a resident's wellbeing score
 * above 6 after help, i.e. at T1 or T2. A T0 score is taken before any help and says nothing about the professional.
 */
final class PositiveFeedback {

    /** A score above this is positive feedback (the leerplan says "cijfer boven 6"). */
    static final int POSITIVE_ABOVE = 6;

    private PositiveFeedback() {
    }

    static boolean counts(String moment, int score) {
        return ("T1".equals(moment) || "T2".equals(moment)) && score > POSITIVE_ABOVE;
    }
}
