package nl.wijknetwerk.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A CSV a person sends from a page (the template {@code csv-form.html}): a chosen file or pasted text, sent to the API
 * as it is, and the API's objections to it as a list a person can read, at a line and column where the API names one.
 */
public final class CsvUpload {

    /** How the KPI and wijkprofiel imports name where a problem is: {@code line 3, column value}. */
    private static final Pattern LINE_COLUMN = Pattern.compile("^line (\\d+), column (.+)$");
    /** How the spending import names it: {@code rows[3].amountCents}, or {@code rows[3]} for the row as a whole. */
    private static final Pattern ROW_FIELD = Pattern.compile("^rows\\[(\\d+)\\](?:\\.(.+))?$");

    private CsvUpload() {
    }

    /** The file's text when a file was chosen, else what was pasted; never null, so the API names an empty upload. */
    public static String csv(String file, String pasted) {
        if (file != null && !file.isBlank()) {
            return file;
        }
        return pasted == null ? "" : pasted;
    }

    /** The text of an uploaded file, null when none was chosen. */
    public static String read(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One objection of the API: at a line and column of the CSV, at a whole line (column null), or about the upload (line null). */
    public record Problem(Integer line, String column, String message) {
    }

    /**
     * The API's objections in the order it gave them, line and column read from its field name; an objection to the
     * upload as a whole ({@code csv}) names neither.
     */
    public static List<Problem> problems(Form form) {
        List<Problem> problems = new ArrayList<>();
        form.errors().forEach((field, message) -> {
            Matcher lineColumn = LINE_COLUMN.matcher(field);
            Matcher rowField = ROW_FIELD.matcher(field);
            if (lineColumn.matches()) {
                problems.add(new Problem(Integer.valueOf(lineColumn.group(1)), lineColumn.group(2), message));
            } else if (rowField.matches()) {
                problems.add(new Problem(Integer.valueOf(rowField.group(1)), rowField.group(2), message));
            } else {
                problems.add(new Problem(null, field.isBlank() || "csv".equals(field) ? null : field, message));
            }
        });
        return problems;
    }
}
