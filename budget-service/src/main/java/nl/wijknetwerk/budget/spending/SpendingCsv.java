package nl.wijknetwerk.budget.spending;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Reads a providers' spending export: comma-separated (RFC 4180 quoting; or ';'-separated with a byte order mark, as
 * a spreadsheet with Dutch settings saves it), a header row naming the columns
 * {@code externalReference, spentOn, category, providerId, amountCents, description} in any order; the last two
 * columns may be left out. Amounts are whole euro cents, dates ISO (2018-03-14).
 */
public final class SpendingCsv {

    public static final Set<String> REQUIRED = Set.of("externalReference", "spentOn", "category", "amountCents");
    public static final Set<String> KNOWN = Set.of("externalReference", "spentOn", "category", "providerId", "amountCents", "description");

    /** One data row: its line number (the header is line 1) and its values by column name; empty cells are absent. */
    public record Row(int line, Map<String, String> values) {
    }

    private SpendingCsv() {
    }

    public static List<Row> parse(String csv, int maxRows) {
        // A spreadsheet saved as CSV with Dutch settings starts with a byte order mark and separates by ';'.
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> records = records(text, separator(text));
        if (records.isEmpty()) {
            throw ProblemException.badRequest("csv", new Objection("is empty; expected a header row and spending rows",
                    "is leeg; verwacht een kopregel en regels met uitgaven"));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : header) {
            if (!KNOWN.contains(column)) {
                throw ProblemException.badRequest("csv", new Objection("unknown column '" + column + "'; known are " + KNOWN,
                        "onbekende kolom '" + column + "'; bekend zijn " + KNOWN));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw ProblemException.badRequest("csv", new Objection("the header lacks column '" + column + "'",
                        "de kopregel mist kolom '" + column + "'"));
            }
        }
        if (records.size() - 1 > maxRows) {
            throw ProblemException.badRequest("csv", new Objection("at most " + maxRows + " rows per import",
                    "hoogstens " + maxRows + " regels per import"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw ProblemException.badRequest("rows[" + (i + 1) + "]", new Objection("has " + cells.size() + " cells, the header " + header.size(),
                        "heeft " + cells.size() + " cellen, de kopregel " + header.size()));
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String v = cells.get(c).strip();
                if (!v.isEmpty()) {
                    values.put(header.get(c), v);
                }
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    /** ';' when the header row has one and no ',', else ','. */
    static char separator(String csv) {
        int end = csv.indexOf('\n');
        String header = end < 0 ? csv : csv.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static List<List<String>> records(String csv, char separator) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                out.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw ProblemException.badRequest("csv", new Objection("a quoted cell is not closed",
                    "een cel tussen aanhalingstekens is niet afgesloten"));
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            out.add(record);
        }
        out.removeIf(r -> r.size() == 1 && r.get(0).isBlank());
        return out;
    }

}
