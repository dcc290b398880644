package nl.wijknetwerk.cases.pricelist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ExpectedValue;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Reads a price-list edition from CSV as the Maatschappelijke Prijslijst publishes it: a header line
 * {@code code,description,category,unit,unitPrice,domain} and one line per item. The separator is a comma or a
 * semicolon (spreadsheets in Dutch locales write semicolons); fields may be quoted with {@code "}. The unit price
 * is in euros with at most two decimals ({@code 32.50} or {@code 32,50}) and is stored as whole cents. Any error
 * names the line and column (in Dutch for a caller that asks for Dutch), and nothing of the file is taken.
 */
public final class PriceListCsv {

    public static final List<String> HEADER = List.of("code", "description", "category", "unit", "unitPrice", "domain");

    private PriceListCsv() {
    }

    public record Row(String code, String description, String category, String unit, long unitPriceCents,
            FinancingDomain domain) {
    }

    public static List<Row> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.badRequest("csv", new Objection("the file is empty", "het bestand is leeg"));
        }
        String[] lines = csv.strip().split("\\r?\\n");
        char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(lines[0], separator, 1).stream().map(String::strip).toList();
        if (!header.equals(HEADER)) {
            throw ProblemException.badRequest("csv[line 1]", new Objection("expected the header " + String.join(",", HEADER),
                    "de kopregel moet " + String.join(",", HEADER) + " zijn"));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            List<String> f = split(lines[i], separator, lineNo).stream().map(String::strip).toList();
            if (f.size() != HEADER.size()) {
                throw ProblemException.badRequest(field(lineNo, null), new Objection("expected " + HEADER.size() + " fields, found " + f.size(),
                        HEADER.size() + " velden verwacht, " + f.size() + " gevonden"));
            }
            for (int c = 0; c < f.size(); c++) {
                if (f.get(c).isEmpty()) {
                    throw ProblemException.badRequest(field(lineNo, HEADER.get(c)), new Objection("must not be empty", "is verplicht"));
                }
            }
            if (!codes.add(f.get(0))) {
                throw ProblemException.badRequest(field(lineNo, "code"), new Objection("code '" + f.get(0) + "' occurs twice",
                        "code '" + f.get(0) + "' staat er twee keer in"));
            }
            rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), cents(f.get(4), lineNo), domain(f.get(5), lineNo)));
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("csv", new Objection("the file has no items", "het bestand heeft geen regels met posten"));
        }
        return rows;
    }

    private static long cents(String euros, int lineNo) {
        try {
            BigDecimal value = new BigDecimal(euros.replace(',', '.'));
            if (value.signum() < 0 || value.scale() > 2) {
                throw ProblemException.badRequest(field(lineNo, "unitPrice"), new Objection("a non-negative amount in euros with at most two decimals",
                        "een bedrag in euro's van 0 of meer, met hoogstens twee decimalen"));
            }
            return value.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw ProblemException.badRequest(field(lineNo, "unitPrice"), new Objection("'" + euros + "' is not an amount in euros",
                    "'" + euros + "' is geen bedrag in euro's"));
        }
    }

    private static FinancingDomain domain(String value, int lineNo) {
        try {
            return FinancingDomain.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field(lineNo, "domain"), ExpectedValue.of(FinancingDomain.class));
        }
    }

    private static String field(int lineNo, String column) {
        return "csv[line " + lineNo + "]" + (column == null ? "" : "." + column);
    }

    /** Splits one line, honouring double quotes ("" inside quotes is a quote). */
    private static List<String> split(String line, char separator, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (quoted) {
            throw ProblemException.badRequest(field(lineNo, null), new Objection("a quote is not closed", "een aanhalingsteken is niet gesloten"));
        }
        out.add(current.toString());
        return out;
    }
}
