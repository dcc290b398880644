package nl.wijknetwerk.shared.problem;

import java.util.List;

/** A request the service refuses, with the problem detail to send back. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "rule-violated", "The request breaks a rule", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " '" + id + "'", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized", "A valid bearer token is required", List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
