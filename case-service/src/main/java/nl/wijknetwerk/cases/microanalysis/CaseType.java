package nl.wijknetwerk.cases.microanalysis;

/**
 * Whether an analysed case is an existing one (bestaande casus: the resident already had care or support, so the
 * chosen solution is weighed against the current situation) or a new one (nieuwe casus: nothing was provided yet,
 * so the cost after the MDO is higher by definition and the saving is against doing nothing). The sources report
 * the two apart ("bestaande (32) / nieuwe (10)").
 */
public enum CaseType {
    EXISTING, NEW;

    /** The type the analyst gave; otherwise an analysis with no current cost is a new case. */
    public static CaseType of(CaseType given, long currentCents) {
        if (given != null) {
            return given;
        }
        return currentCents == 0 ? NEW : EXISTING;
    }

    /** The saving this type of case is judged by, in cents: current − chosen, or do nothing − chosen. */
    public long savingCents(Pricing.Outcome outcome) {
        return this == EXISTING ? outcome.savingsVsCurrentCents() : outcome.savingsVsDoNothingCents();
    }
}
