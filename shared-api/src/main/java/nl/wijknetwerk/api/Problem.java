package nl.wijknetwerk.api;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, as the gateway and every service write it. {@code errors} names each offending
 * field of a rejected request body or parameter. Absent members (null or empty) are left out of the JSON.
 */
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://wijknetwerk.nl/problems/";

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(type(slug), title, status, detail, null, List.of());
    }

    /** 400: one offending field or parameter, named in API terms. */
    public static Problem badRequest(String field, String message) {
        return new Problem(type("invalid-request"), "Invalid request", 400, field + ": " + message, null,
                List.of(new FieldError(field, message)));
    }

    /** 401: no valid bearer token. */
    public static Problem unauthorized() {
        return of(401, "unauthorized", "Unauthorized", "A valid bearer token is required");
    }

    /** Seconds a caller is asked to wait ({@code Retry-After}) before trying a 503 again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * 503 (with {@code Retry-After}): the identity provider's keys are not known yet, so no token can be checked.
     * The same words from the gateway and every service.
     */
    public static Problem identityProviderUnavailable() {
        return of(503, "identity-provider-unavailable", "Service Unavailable",
                "Tokens cannot be verified until the identity provider is reachable; try again shortly");
    }

    /** 403: the token is valid but does not allow this. */
    public static Problem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    /** 403 for a ward the token's {@link Claims#WARDS} claim does not name. */
    public static Problem wardForbidden(String ward) {
        return forbidden("Your token does not give access to ward '" + ward + "'");
    }

    /** 404: nothing is there (or nothing the caller may know of). */
    public static Problem notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    /** The same problem, answered for the request at {@code path}. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** The problem as {@code application/problem+json}, without a JSON library. */
    public String toJson() {
        StringBuilder out = new StringBuilder("{");
        member(out, "type", type == null ? null : type.toString());
        member(out, "title", title);
        out.append(out.length() > 1 ? "," : "").append("\"status\":").append(status);
        member(out, "detail", detail);
        member(out, "instance", instance);
        if (!errors.isEmpty()) {
            out.append(",\"errors\":[");
            for (int i = 0; i < errors.size(); i++) {
                out.append(i > 0 ? ",{" : "{");
                FieldError e = errors.get(i);
                int start = out.length();
                member(out, "field", e.field());
                if (e.message() != null && !e.message().isEmpty()) {
                    out.append(out.length() > start ? "," : "").append("\"message\":");
                    string(out, e.message());
                }
                out.append('}');
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    private static void member(StringBuilder out, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        out.append('"').append(name).append("\":");
        string(out, value);
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
