package nl.wijknetwerk.web.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;
import nl.wijknetwerk.web.page.Form;

/**
 * The micro-analysis form: per scenario (current situation, doing nothing, chosen solution) rows of a price-list item
 * and how much of it a year. Field names are the API's ({@code scenarios.chosen[1].quantityPerYear}); rows left empty
 * are not sent, and the API's objections are mapped back to the row as typed, so each lands under its own cell.
 */
final class MicroAnalysisForm {

    /** The three scenarios in the API's names, in the order the page shows them. */
    static final List<String> SCENARIOS = List.of("current", "doNothing", "chosen");
    /** Rows offered per scenario: a case rarely needs more items than this per scenario. */
    static final int ROWS = 4;
    private static final Pattern ROW_FIELD = Pattern.compile("^scenarios\\.(current|doNothing|chosen)\\[(\\d+)](.*)$");

    private MicroAnalysisForm() {
    }

    /** The AnalyseCase body, and for each scenario which form row each sent row came from. */
    record Body(Map<String, Object> json, Map<String, List<Integer>> rowOf) {

        /** A field of the API's body as the form names it: the index of a sent row turned back into the form's row. */
        String formField(String field) {
            Matcher m = ROW_FIELD.matcher(field);
            if (m.matches() && Integer.parseInt(m.group(2)) < rowOf.get(m.group(1)).size()) {
                return "scenarios." + m.group(1) + "[" + rowOf.get(m.group(1)).get(Integer.parseInt(m.group(2))) + "]" + m.group(3);
            }
            return field;
        }
    }

    static Body body(Form form) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("edition", form.value("edition"));
        CasePages.putIfPresent(json, "caseType", form.optional("caseType"));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        Map<String, List<Integer>> rowOf = new LinkedHashMap<>();
        for (String scenario : SCENARIOS) {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Integer> from = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                String item = form.optional(field(scenario, i, "item"));
                String quantity = form.optional(field(scenario, i, "quantityPerYear"));
                if (item == null && quantity == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("item", item);
                row.put("quantityPerYear", quantity == null ? null : quantity(quantity));
                rows.add(row);
                from.add(i);
            }
            scenarios.put(scenario, rows);
            rowOf.put(scenario, from);
        }
        json.put("scenarios", scenarios);
        CasePages.putIfPresent(json, "note", form.optional("note"));
        return new Body(json, rowOf);
    }

    /** {@code {ma:field(s, r, 'item')}}: the API's name of a cell, also its field id on the page. */
    @TemplateExtension(namespace = "ma")
    static String field(String scenario, Integer row, String name) {
        return "scenarios." + scenario + "[" + row + "]." + name;
    }

    /** A quantity as typed in Dutch or English ({@code 130,5} or {@code 130.5}); as typed when it is no number, so the API names it. */
    static Object quantity(String typed) {
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return typed;
        }
    }
}
