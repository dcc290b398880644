package nl.wijknetwerk.web.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A refusal of the API (RFC 9457 problem+json) carried to the page: the status, the title and detail, and the
 * message per offending field so a form shows it next to that field.
 */
public class ApiProblem extends RuntimeException {

    public final int status;
    public final String title;
    public final String detail;
    /** Field name in API terms (e.g. {@code question}, {@code agreements[0].what}) to the API's message. */
    public final Map<String, String> fields;

    public ApiProblem(int status, String title, String detail, Map<String, String> fields) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = new LinkedHashMap<>(fields);
    }

    /**
     * The same refusal with each field renamed: where a form sends rows it left out of the body (an empty row, an
     * empty source), the API's index is turned back into the row or field the person typed in.
     */
    public ApiProblem renamed(UnaryOperator<String> field) {
        Map<String, String> renamed = new LinkedHashMap<>();
        fields.forEach((name, message) -> renamed.put(field.apply(name), message));
        return new ApiProblem(status, title, detail, renamed);
    }

    /** Runs one call of the API; a refusal comes back with its fields renamed as {@link #renamed} says. */
    public static <T> T renaming(Supplier<T> call, UnaryOperator<String> field) {
        try {
            return call.get();
        } catch (ApiProblem refused) {
            throw refused.renamed(field);
        }
    }

    /** Whether the API rejected what the person filled in (as opposed to who they are or what exists). */
    public boolean isInvalidInput() {
        return status == 400 || status == 409 || status == 422;
    }
}
