package nl.wijknetwerk.shared.problem;

import java.util.List;
import nl.wijknetwerk.api.Problem;


/** A request the service refuses, with the problem detail to send back. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(new Problem(Problem.type(slug), title, status, detail, null, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.badRequest(field, message));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "rule-violated", "The request breaks a rule", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.notFound("No " + what + " '" + id + "'"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.forbidden(detail));
    }

    public static ProblemException unauthorized() {
        return new ProblemException(Problem.unauthorized());
    }

    public Problem toProblem(String instance) {
        return problem.at(instance);
    }

    public int status() {
        return problem.status();
    }
}
