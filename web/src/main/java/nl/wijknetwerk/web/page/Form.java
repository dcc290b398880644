package nl.wijknetwerk.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import nl.wijknetwerk.web.gateway.ApiProblem;

/**
 * A form as the person filled it in, with the API's objections per field (field names in API terms, e.g.
 * {@code agreements[1].dueOn}), so the page shows each message right under its field and keeps what was typed.
 */
public final class Form {

    private final MultivaluedMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String general;

    private Form(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    public static Form empty() {
        return new Form(new MultivaluedHashMap<>());
    }

    public static Form of(MultivaluedMap<String, String> values) {
        return new Form(values == null ? new MultivaluedHashMap<>() : values);
    }

    public Form with(String name, Object value) {
        if (value != null) {
            values.putSingle(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * The API's refusal: its field messages under their fields. The problem's detail goes above the form only when it
     * names no field: otherwise it repeats those messages under the API's field names ({@code postalCode: …}).
     */
    public Form rejected(ApiProblem problem) {
        errors.putAll(problem.fields);
        general = !problem.fields.isEmpty() ? null : problem.detail != null ? problem.detail : problem.title;
        return this;
    }

    public Form error(String field, String message) {
        errors.put(field, message);
        return this;
    }

    public String value(String name) {
        String v = values.getFirst(name);
        return v == null ? "" : v;
    }

    /** The value, or null when empty: optional API fields are left out, not sent empty. */
    public String optional(String name) {
        String v = value(name).strip();
        return v.isEmpty() ? null : v;
    }

    public List<String> values(String name) {
        List<String> v = values.get(name);
        return v == null ? List.of() : v.stream().filter(s -> !s.isBlank()).toList();
    }

    /** The names of the fields as they were sent, in their order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    public boolean checked(String name, String value) {
        return values(name).contains(value);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || general != null;
    }

    public String general() {
        return general;
    }

    /**
     * The objections to fields the form did not send (a rule about the case, an unticked group): the page may have no
     * field to mark, so the summary above the form lists them, each as a sentence.
     */
    public Map<String, String> unmarked() {
        Map<String, String> unmarked = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (!values.containsKey(field)) {
                unmarked.put(field, sentence(message));
            }
        });
        return unmarked;
    }

    private static String sentence(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
