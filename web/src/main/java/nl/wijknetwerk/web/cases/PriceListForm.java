package nl.wijknetwerk.web.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;
import nl.wijknetwerk.web.budget.Money;
import nl.wijknetwerk.web.page.Form;

/**
 * A new edition of the Maatschappelijke Prijslijst typed row by row: code, description, category, unit, price in
 * euros and financing domain. The API takes an edition as CSV, so the filled rows become its lines (empty rows left
 * out), and its objections, which name a line ({@code csv[line 4].unitPrice}), land under the cell of the row that
 * line came from ({@code rows[5].unitPrice}).
 */
final class PriceListForm {

    /** The CSV header the API expects, also the names of a row's cells. */
    static final List<String> COLUMNS = List.of("code", "description", "category", "unit", "unitPrice", "domain");
    /** case-service's financing domains (FinancingDomain), in its order. */
    static final List<String> DOMAINS = List.of("WMO", "ZVW", "WLZ", "JEUGDWET", "PARTICIPATIEWET", "WELFARE", "HOUSING", "OTHER");
    /** Empty rows a new edition starts with, and below the items of an edition it copies. */
    static final int EMPTY_ROWS = 10;
    static final int MAX_ROWS = 500;
    private static final Pattern LINE_FIELD = Pattern.compile("^csv\\[line (\\d+)](?:\\.(\\w+))?$");

    private PriceListForm() {
    }

    /** The CSV to send and, per line of it, the form row it came from (line 2 is the first sent row). */
    record Body(String csv, List<Integer> rowOf) {

        /** An objection of the API as the form names it: a line of the CSV back to its row; the CSV as a whole to the rows. */
        String formField(String field) {
            if ("csv".equals(field)) {
                return "rows";
            }
            Matcher m = LINE_FIELD.matcher(field);
            if (!m.matches()) {
                return field;
            }
            int sent = Integer.parseInt(m.group(1)) - 2;
            if (sent < 0 || sent >= rowOf.size()) {
                // The header (line 1) is the form's own: its objection belongs to the rows as a whole.
                return "rows";
            }
            return cell(rowOf.get(sent), m.group(2) == null ? "code" : m.group(2));
        }
    }

    /** {@code {pl:cell(r, 'unitPrice')}}: a cell's field name, also its id on the page. */
    @TemplateExtension(namespace = "pl")
    static String cell(Integer row, String column) {
        return "rows[" + row + "]." + column;
    }

    /** How many rows the form shows: as many as were sent (kept in a hidden field), at least the empty ones of a new edition. */
    static int rowCount(Form form) {
        try {
            return Math.min(MAX_ROWS, Math.max(EMPTY_ROWS, Integer.parseInt(form.value("rowCount").strip())));
        } catch (NumberFormatException e) {
            return EMPTY_ROWS;
        }
    }

    /** The new-edition form's own path segment, so no edition can be named so. */
    static final String NEW = "new";

    /**
     * The edition's name for the API's path. Left empty it is sent as "-", which the API refuses under {@code edition}
     * as it refuses any name that is not lower-case letters, digits and dashes (an empty path segment would be no
     * edition at all).
     */
    static String edition(Form form) {
        String name = form.value("edition").strip();
        return name.isEmpty() ? "-" : name;
    }

    /**
     * The year for the API's query, when it is a whole number; otherwise it is left out and the API names the year as
     * missing (a query parameter it cannot read would be answered as a page not found).
     */
    static java.util.Optional<Integer> year(Form form) {
        try {
            return java.util.Optional.of(Integer.valueOf(form.value("year").strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static Body body(Form form) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        List<Integer> rowOf = new ArrayList<>();
        for (int r = 0; r < rowCount(form); r++) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                String typed = form.value(cell(r, column)).strip();
                cells.add("unitPrice".equals(column) ? euros(typed) : typed);
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            csv.append(String.join(",", cells.stream().map(PriceListForm::quoted).toList())).append('\n');
            rowOf.add(r);
        }
        return new Body(csv.toString(), rowOf);
    }

    /** A price as typed in Dutch or English ({@code 1.250,00}, {@code 32.5}) as the API reads euros; as typed when it is no amount, so the API names it. */
    static String euros(String typed) {
        Long cents = typed.isEmpty() ? null : Money.cents(typed);
        return cents == null ? typed : BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** A CSV field on one line, quoted when it holds a separator or a quote. */
    static String quoted(String value) {
        String v = value.replaceAll("[\\r\\n]+", " ");
        if (v.contains(",") || v.contains(";") || v.contains("\"")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** The form filled with the items of an edition to start from, its rows followed by empty ones. */
    @SuppressWarnings("unchecked")
    static Form copyOf(Map<String, Object> edition) {
        Form form = Form.empty();
        List<Map<String, Object>> items = edition == null ? List.of() : (List<Map<String, Object>>) edition.getOrDefault("items", List.of());
        for (int r = 0; r < items.size(); r++) {
            Map<String, Object> item = items.get(r);
            for (String column : COLUMNS) {
                if (!"unitPrice".equals(column)) {
                    form.with(cell(r, column), item.get(column));
                }
            }
            if (item.get("unitPriceCents") instanceof Number cents) {
                form.with(cell(r, "unitPrice"), BigDecimal.valueOf(cents.longValue(), 2).toPlainString());
            }
        }
        return form.with("rowCount", items.size() + EMPTY_ROWS);
    }
}
