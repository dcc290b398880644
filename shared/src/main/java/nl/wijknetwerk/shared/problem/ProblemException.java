package nl.wijknetwerk.shared.problem;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.api.Problem;

/** A request the service refuses, with the problem detail to send back. */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    /** The same problem in Dutch, for a caller that asks for Dutch; null where it is written in English only. */
    private final Problem dutch;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(new Problem(Problem.type(slug), title, status, detail, null, errors));
    }

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Problem dutch) {
        super(problem.detail());
        this.problem = problem;
        this.dutch = dutch;
    }

    /** A problem built from an objection, in English and in Dutch. */
    private static ProblemException of(Objection objection, Function<String, Problem> problem) {
        return new ProblemException(problem.apply(objection.english()), problem.apply(objection.dutch()));
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.badRequest(field, message));
    }

    /** 400 naming the field, in the caller's language (see {@link Objection}). */
    public static ProblemException badRequest(String field, Objection objection) {
        return of(objection, message -> Problem.badRequest(field, message));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(unprocessableProblem(field, message));
    }

    /** 422 naming the field, in the caller's language (see {@link Objection}). */
    public static ProblemException unprocessable(String field, Objection objection) {
        return of(objection, message -> unprocessableProblem(field, message));
    }

    private static Problem unprocessableProblem(String field, String message) {
        return new Problem(Problem.type("rule-violated"), "The request breaks a rule", 422, field + ": " + message, null,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.notFound("No " + what + " '" + id + "'"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(conflictProblem(detail));
    }

    /**
     * 409 with a type of its own, naming the field it is about, in the caller's language: the detail and the field's
     * message each in both (see {@link Objection}).
     */
    public static ProblemException conflict(String slug, String title, Objection detail, String field, Objection message) {
        return new ProblemException(conflictProblem(slug, title, detail.english(), field, message.english()),
                conflictProblem(slug, title, detail.dutch(), field, message.dutch()));
    }

    private static Problem conflictProblem(String slug, String title, String detail, String field, String message) {
        return new Problem(Problem.type(slug), title, 409, detail, null, List.of(new Problem.FieldError(field, message)));
    }

    /** 409 in the caller's language (see {@link Objection}): a person at a form reads why it could not be done. */
    public static ProblemException conflict(Objection objection) {
        return of(objection, ProblemException::conflictProblem);
    }

    private static Problem conflictProblem(String detail) {
        return new Problem(Problem.type("conflict"), "Conflict with the current state", 409, detail, null, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.forbidden(detail));
    }

    public static ProblemException unauthorized() {
        return new ProblemException(Problem.unauthorized());
    }

    /**
     * The same refusal placed in a part of the request (an import's row): each field it names put under {@code part}
     * ({@code rows[3].amountCents}), or the part itself when it named none, and its detail led by {@code where}
     * ("row 3", "regel 3"), in each language it is written in.
     */
    public ProblemException placedIn(String part, Objection where) {
        BiFunction<Problem, Locale, Problem> placed = (p, language) -> {
            List<Problem.FieldError> errors = p.errors() == null || p.errors().isEmpty()
                    ? List.of(new Problem.FieldError(part, p.detail()))
                    : p.errors().stream().map(f -> new Problem.FieldError(part + "." + f.field(), f.message())).toList();
            return new Problem(p.type(), p.title(), p.status(), where.in(language) + ": " + p.detail(), p.instance(), errors);
        };
        return new ProblemException(placed.apply(problem, Locale.ENGLISH), dutch == null ? null : placed.apply(dutch, Objection.DUTCH));
    }

    public Problem toProblem(String instance) {
        return problem.at(instance);
    }

    /** The problem in the caller's language where it is written in it ({@link Objection#language}), else in English. */
    public Problem toProblem(String instance, Locale language) {
        return (dutch != null && Objection.isDutch(language) ? dutch : problem).at(instance);
    }

    public int status() {
        return problem.status();
    }
}
