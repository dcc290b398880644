package nl.wijknetwerk.monitoring.indicator;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import nl.wijknetwerk.monitoring.facts.AnalysisFact;

/**
 * Societal-cost savings the way the sources report them: existing cases (bestaande casussen) against their current
 * situation — "de totale maatschappelijke kosten bij bestaande casussen (32) dalen met € 132.394" — and new cases
 * (nieuwe casussen) against doing nothing, since for them the cost after the MDO is higher by definition.
 */
final class SocietalCostSavings {

    static final String EXISTING = "EXISTING";
    static final String NEW = "NEW";

    private SocietalCostSavings() {
    }

    /** The savings of one kind of case (or both when {@code type} is null), in cents, total and per financing domain. */
    record Sum(long cents, int cases, Map<String, Long> byDomainCents) {
    }

    static Sum of(Collection<AnalysisFact> analyses, String type) {
        long cents = 0;
        int cases = 0;
        Map<String, Long> byDomain = new TreeMap<>();
        for (AnalysisFact a : analyses) {
            if (type != null && !type.equals(a.caseType)) {
                continue;
            }
            boolean existing = EXISTING.equals(a.caseType);
            cents += existing ? a.savingsVsCurrentCents : a.savingsVsDoNothingCents;
            cases++;
            Formulas.addTo(byDomain, Formulas.savingsByDomain(existing ? a.currentByDomain : a.doNothingByDomain, a.chosenByDomain));
        }
        return new Sum(cents, cases, byDomain);
    }
}
