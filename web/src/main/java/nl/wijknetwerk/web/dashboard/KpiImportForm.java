package nl.wijknetwerk.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of the indicators fed by KPI imports, per period, as the import page shows them. */
final class KpiImportForm {

    private KpiImportForm() {
    }

    /** An indicator fed by imports, with its value per period (null where it has none) and its unit. */
    public record Figures(String code, Map<String, Object> indicator, List<Object> values) {
    }

    /**
     * The indicators the KPI API marks as fed by imports ({@code source IMPORT}), each with its value in every period
     * asked, in the catalogue's order.
     */
    @SuppressWarnings("unchecked")
    static List<Figures> figures(List<String> periods, List<Map<String, Object>> kpisPerPeriod) {
        Map<String, Map<String, Object>> indicators = new LinkedHashMap<>();
        Map<String, Map<String, Object>> valueOf = new LinkedHashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            for (Map<String, Object> goal : (List<Map<String, Object>>) kpisPerPeriod.get(p).getOrDefault("goals", List.of())) {
                for (Map<String, Object> i : (List<Map<String, Object>>) goal.getOrDefault("indicators", List.of())) {
                    if ("IMPORT".equals(i.get("source"))) {
                        String code = String.valueOf(i.get("code"));
                        indicators.putIfAbsent(code, i);
                        valueOf.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(periods.get(p), i.get("value"));
                    }
                }
            }
        }
        List<Figures> out = new ArrayList<>();
        indicators.forEach((code, i) -> out.add(new Figures(code, i, periods.stream().map(p -> valueOf.get(code).get(p)).toList())));
        return out;
    }
}
