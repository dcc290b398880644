package nl.wijknetwerk.web.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.wijknetwerk.web.page.Form;

/**
 * A CSV upload as the pages need it (the KPI import, the wijkprofiel): the CSV to send (a chosen file, else the pasted
 * text), the API's objections per line and column in a list a person can read, and the figures of the imported
 * indicators per period.
 */
final class KpiImportForm {

    /** How the KPI API names where a problem is: {@code line 3, column value}. */
    private static final Pattern WHERE = Pattern.compile("^line (\\d+), column (.+)$");

    private KpiImportForm() {
    }

    /** The file's text when a file was chosen, else what was pasted; never null, so the API names an empty upload. */
    static String csv(String file, String pasted) {
        if (file != null && !file.isBlank()) {
            return file;
        }
        return pasted == null ? "" : pasted;
    }

    /** The text of an uploaded file, null when none was chosen. */
    static String read(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One objection of the API: at a line and column of the CSV, or (line null) about the upload as a whole. */
    public record Problem(Integer line, String column, String message) {
    }

    /** The API's objections in the order it gave them, line and column read from its field name. */
    static List<Problem> problems(Form form) {
        List<Problem> problems = new ArrayList<>();
        form.errors().forEach((field, message) -> {
            Matcher m = WHERE.matcher(field);
            problems.add(m.matches() ? new Problem(Integer.valueOf(m.group(1)), m.group(2), message)
                    : new Problem(null, field.isBlank() ? null : field, message));
        });
        return problems;
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
