package nl.wijknetwerk.web.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijknetwerk.web.page.Form;

/**
 * The Samenwerkplan editor's form: goals one per line, the solution, and agreement rows (who, what, by when) whose
 * field names are the API's ({@code agreements[2].dueOn}), so each objection lands under its own cell.
 */
final class PlanForm {

    /** Empty rows offered below the existing agreements. */
    static final int EXTRA_ROWS = 3;

    private PlanForm() {
    }

    /** One agreement row: its index and the API field name of each of its cells. */
    public record Row(int index, String what, String performer, String professionalId, String organisation, String dueOn) {

        public String field(String name) {
            return "agreements[" + index + "]." + name;
        }
    }

    /** The form filled from the current plan (a new version starts from the last one), or empty. */
    @SuppressWarnings("unchecked")
    static Form of(Map<String, Object> plan) {
        Form form = Form.empty();
        if (plan == null) {
            return form.with("agreements[0].performer", "RESIDENT");
        }
        form.with("goals", String.join("\n", (List<String>) plan.get("goals"))).with("solution", plan.get("solution"));
        int i = 0;
        for (Map<String, Object> a : (List<Map<String, Object>>) plan.get("agreements")) {
            if ("DROPPED".equals(a.get("status")) || "DONE".equals(a.get("status"))) {
                continue;
            }
            form.with("agreements[" + i + "].what", a.get("what")).with("agreements[" + i + "].performer", a.get("performer"))
                    .with("agreements[" + i + "].professionalId", a.get("professionalId"))
                    .with("agreements[" + i + "].organisation", a.get("organisation"))
                    .with("agreements[" + i + "].dueOn", a.get("dueOn"));
            i++;
        }
        return form;
    }

    static List<Row> rows(Form form) {
        int filled = 0;
        while (!form.value("agreements[" + filled + "].what").isEmpty() || !form.value("agreements[" + filled + "].dueOn").isEmpty()) {
            filled++;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < filled + EXTRA_ROWS; i++) {
            String p = "agreements[" + i + "].";
            rows.add(new Row(i, form.value(p + "what"), form.value(p + "performer"), form.value(p + "professionalId"),
                    form.value(p + "organisation"), form.value(p + "dueOn")));
        }
        return rows;
    }

    /**
     * The AgreePlan body: rows left entirely empty are not agreements; everything else goes to the API as typed. A
     * professional's organisation is the one the ward's network knows them by ({@code organisationOf}).
     */
    static Map<String, Object> body(Form form, Map<String, String> organisationOf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goals", Arrays.stream(form.value("goals").split("\\R")).map(String::strip).filter(g -> !g.isEmpty()).toList());
        body.put("solution", form.value("solution"));
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (Row row : rows(form)) {
            if (row.what().isBlank() && row.dueOn().isBlank()) {
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("what", row.what());
            a.put("performer", row.performer().isBlank() ? "PROFESSIONAL" : row.performer());
            if ("PROFESSIONAL".equals(a.get("performer"))) {
                CasePages.putIfPresent(a, "professionalId", blankToNull(row.professionalId()));
                String organisation = blankToNull(row.organisation());
                CasePages.putIfPresent(a, "organisation", organisation != null ? organisation : organisationOf.get(row.professionalId()));
            }
            CasePages.putIfPresent(a, "dueOn", blankToNull(row.dueOn()));
            agreements.add(a);
        }
        body.put("agreements", agreements);
        return body;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
