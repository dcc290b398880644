package nl.wijknetwerk.monitoring.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV upload read as a table with a header line. Fields may be quoted ({@code "a, b"}, {@code ""} for a quote).
 * The separator is a comma, or a semicolon when the header uses one (spreadsheets in Dutch locales write those,
 * with decimal commas). Every problem is collected with its line and column so one answer lists them all.
 */
public final class CsvTable {

    /** A problem at a line (1 = the header) and column of the upload, with the values its message names. */
    public record CsvError(int line, String column, CsvObjection objection, List<Object> values) {

        public CsvError(int line, String column, CsvObjection objection, Object... values) {
            this(line, column, objection, List.of(values));
        }

        /** Where, as the problem's field names it (the same in every language, so a client can read it). */
        public String where() {
            return "line " + line + ", column " + column;
        }

        /** Where, for a person reading the problem's detail. */
        public String where(Locale language) {
            return CsvObjection.isDutch(language) ? "regel " + line + ", kolom " + column : where();
        }

        public String message(Locale language) {
            return objection.in(language, values);
        }

        /** The message in English. */
        public String message() {
            return message(Locale.ENGLISH);
        }
    }

    /** The upload cannot be imported; nothing of it was. */
    public static class CsvException extends RuntimeException {
        private final List<CsvError> errors;

        public CsvException(List<CsvError> errors) {
            super(errors.size() + " problem(s) in the CSV");
            this.errors = List.copyOf(errors);
        }

        public List<CsvError> errors() {
            return errors;
        }
    }

    /** One data line; getters record a problem and return null rather than throw, so all problems are found. */
    public final class Row {
        private final int line;
        private final List<String> cells;

        Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        public int line() {
            return line;
        }

        /** The trimmed text of a column, null when empty. */
        public String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        public String required(String column) {
            String value = text(column);
            if (value == null) {
                error(column, CsvObjection.EMPTY);
            }
            return value;
        }

        /** A number; with {@code required} false an empty cell is null. */
        public BigDecimal number(String column, boolean required) {
            String value = required ? required(column) : text(column);
            if (value == null) {
                return null;
            }
            String normalised = decimalComma ? value.replace(".", "").replace(',', '.') : value;
            try {
                return new BigDecimal(normalised);
            } catch (NumberFormatException e) {
                error(column, CsvObjection.NOT_A_NUMBER, value);
                return null;
            }
        }

        public void error(String column, CsvObjection objection, Object... values) {
            errors.add(new CsvError(line, column, objection, values));
        }
    }

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<CsvError> errors = new ArrayList<>();
    private final boolean decimalComma;

    private CsvTable(String text, List<String> required) {
        List<Line> lines = split(text == null ? "" : text.replace("\uFEFF", ""));
        if (lines.isEmpty()) {
            decimalComma = false;
            errors.add(new CsvError(1, String.join(",", required), CsvObjection.EMPTY_UPLOAD));
            return;
        }
        decimalComma = lines.get(0).separator == ';';
        List<String> header = lines.get(0).cells;
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                errors.add(new CsvError(1, column, CsvObjection.MISSING_COLUMN, column));
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (l.cells.size() > header.size()) {
                errors.add(new CsvError(l.number, "-", CsvObjection.TOO_MANY_FIELDS, l.cells.size(), header.size()));
            }
            rows.add(new Row(l.number, l.cells));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new CsvError(2, String.join(",", required), CsvObjection.NO_DATA));
        }
    }

    /** Reads the upload; throws when the header or shape is wrong. Rows report their own problems via {@link #check()}. */
    public static CsvTable parse(String text, List<String> requiredColumns) {
        CsvTable table = new CsvTable(text, requiredColumns);
        table.check();
        return table;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Throws with every problem found so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new CsvException(errors);
        }
    }

    private record Line(int number, char separator, List<String> cells) {
    }

    /** Splits into lines and fields, honouring quotes (a quoted field may hold separators and line breaks). */
    private static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int firstBreak = text.indexOf('\n');
        String headerLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char sep = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                out.add(new Line(startLine, sep, cells));
                cells = new ArrayList<>();
                line++;
                startLine = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            out.add(new Line(startLine, sep, cells));
        }
        // Blank trailing lines are no data.
        while (!out.isEmpty() && out.get(out.size() - 1).cells.stream().allMatch(String::isBlank)) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
