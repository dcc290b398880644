package nl.wijknetwerk.web.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A micro-analysis (the API's AnalysisView) as the case page shows it: the three scenarios — the current situation,
 * doing nothing, the chosen solution — side by side, one row per financing domain (Wmo, Zvw, Wlz, …) in the API's
 * order of first appearance, and the totals.
 */
public final class MicroAnalysisTable {

    static final List<String> SCENARIOS = List.of("current", "doNothing", "chosen");

    /** One financing domain: its yearly cost in each scenario, in cents (0 where the scenario has none). */
    public record Row(String domain, long current, long doNothing, long chosen) {
    }

    private MicroAnalysisTable() {
    }

    @SuppressWarnings("unchecked")
    public static List<Row> rows(Map<String, Object> analysis) {
        Set<String> domains = new LinkedHashSet<>();
        for (String scenario : SCENARIOS) {
            domains.addAll(byDomain(analysis, scenario).keySet());
        }
        List<Row> rows = new ArrayList<>();
        for (String domain : domains) {
            rows.add(new Row(domain, cents(byDomain(analysis, "current").get(domain)), cents(byDomain(analysis, "doNothing").get(domain)),
                    cents(byDomain(analysis, "chosen").get(domain))));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byDomain(Map<String, Object> analysis, String scenario) {
        Object view = analysis.get(scenario);
        if (!(view instanceof Map)) {
            return Map.of();
        }
        Object domains = ((Map<String, Object>) view).get("byDomainCents");
        return domains instanceof Map ? (Map<String, Object>) domains : Map.of();
    }

    private static long cents(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
