package nl.wijknetwerk.shared.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.shared.partner.PartnerAccessLog;
import nl.wijknetwerk.shared.partner.PartnerWall;

/** Turns every refusal into RFC 9457 problem+json, naming the offending field where there is one. */
public class ProblemMappers {

    private final PartnerAccessLog partnerAccessLog;

    @Inject
    public ProblemMappers(PartnerAccessLog partnerAccessLog) {
        this.partnerAccessLog = partnerAccessLog;
    }

    /** Without the partner access log: for tests of the mapping alone. */
    public ProblemMappers() {
        this(null);
    }

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A Java type as Jackson quotes it in a message, or the reference chain it appends. */
    private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[A-Za-z_][\\w]*\\.)+[\\w$]+(?:<[^`]*>)?`|\\(through reference chain:[^)]*\\)");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.toProblem(path(uri), language(headers)));
    }

    private static Locale language(HttpHeaders headers) {
        return headers == null ? Locale.ENGLISH : Objection.language(headers.getAcceptableLanguages());
    }

    @ServerExceptionMapper({ ConstraintViolationException.class, ResteasyReactiveViolationException.class })
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("invalid-request"), "Invalid request", 400, detail, path(uri), errors));
    }

    /** Listed one by one: Quarkus ships mappers for some of these subtypes that would otherwise win. */
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            JsonMappingException.class, UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(jsonProblem(e, path(uri), language(headers)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return respond(jsonProblem(json, path(uri), language(headers)));
        }
        int status = e.getResponse().getStatus();
        if (status == 400 && cause != null) {
            return respond(new Problem(Problem.type("invalid-request"), "Invalid request", 400, cause.getMessage(), path(uri), List.of()));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return respond(new Problem(Problem.type(slug(title)), title, status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemException.conflict(new Objection("Someone else changed this at the same moment; reload and try again",
                "Iemand anders veranderde dit op hetzelfde moment; laad de pagina opnieuw en probeer het nog eens"))
                .toProblem(path(uri), language(headers)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(ProblemException.unauthorized().toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri, ContainerRequestContext request) {
        Response answer = respond(ProblemException.forbidden("Your roles do not allow this").toProblem(path(uri)));
        if (partnerAccessLog == null || request == null) {
            return Uni.createFrom().item(answer);
        }
        // A partner system refused by @RolesAllowed before the operation ran: the attempt belongs in its log too.
        return Uni.createFrom().completionStage(partnerAccessLog.refusedBeforeOperation(uri.getPathParameters().getFirst("ward"),
                PartnerWall.REFUSED_OPERATION, PartnerWall.described(request))).replaceWith(answer)
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("Partner access log not written for a refused %s: %s", PartnerWall.described(request), failure);
                    return answer;
                });
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (uniqueViolation(e)) {
            // Two requests created the same thing at once (the same budget year, the same external reference): the
            // database let one win and rolled the other back, which is a conflict for the caller, not our failure.
            LOG.debugf("Concurrent creation on %s: %s", path(uri), e);
            return respond(ProblemException.conflict(new Objection("Someone else created the same at the same moment; reload and try again",
                    "Iemand anders maakte hetzelfde aan op hetzelfde moment; laad de pagina opnieuw en probeer het nog eens"))
                    .toProblem(path(uri), language(headers)));
        }
        if (DatabaseUnavailable.causedBy(e)) {
            // The database restarts or fails over: nothing was written, and the same request will work shortly.
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.toString());
            return Response.fromResponse(respond(new Problem(Problem.type("service-unavailable"), "Service Unavailable", 503,
                    "The service cannot reach its database for a moment; nothing was changed, try again shortly", path(uri),
                    List.of()))).header("Retry-After", "5").build();
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(new Problem(Problem.type("internal-error"), "Internal error", 500,
                "Something went wrong on our side; nothing was changed", path(uri), List.of()));
    }

    /** PostgreSQL's unique_violation, however deep the transaction and persistence layers wrapped it. */
    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A body that could not be read, objected to in the caller's language; Jackson's own words stay as they are. */
    static Problem jsonProblem(JsonProcessingException e, String instance, Locale language) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
        Objection objection;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = fieldPath(unknown);
            objection = new Objection("unknown field", "onbekend veld");
        } else if (field != null && !field.isEmpty()) {
            objection = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? ExpectedValue.of(mismatch.getTargetType())
                    : new Objection("has the wrong type or format", "heeft een verkeerd type of formaat");
        } else {
            objection = new Objection("malformed JSON", "geen geldige JSON");
        }
        String message = objection.in(language);
        List<Problem.FieldError> errors = field == null || field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail;
        if (!errors.isEmpty()) {
            detail = field + ": " + message;
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Objection kind = jsonKind(mismatch.getTargetType());
            detail = new Objection("The request body must be " + kind.english(),
                    "De inhoud van het verzoek moet " + kind.dutch() + " zijn").in(language);
        } else {
            String jackson = withoutJavaTypes(e.getOriginalMessage());
            detail = new Objection("The request body is not valid JSON: " + jackson,
                    "De inhoud van het verzoek is geen geldige JSON: " + jackson).in(language);
        }
        return new Problem(Problem.type("invalid-request"), "Invalid request", 400, detail, instance, errors);
    }

    /** What the client should have sent, in JSON's terms rather than the name of our Java type. */
    static Objection jsonKind(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new Objection("a JSON array", "een JSON-array");
        } else if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return new Objection("a JSON string", "een JSON-tekst");
        } else if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return new Objection("a JSON number", "een JSON-getal");
        } else if (type == Boolean.class || type == boolean.class) {
            return new Objection("true or false", "true of false");
        }
        return new Objection("a JSON object", "een JSON-object");
    }

    /** Jackson's messages quote Java types ({@code `nl.….BudgetFrameApi$AgreementRequest`}); the client never sees ours. */
    static String withoutJavaTypes(String message) {
        return message == null ? "" : JAVA_TYPE.matcher(message).replaceAll("the expected JSON value");
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** {@code open.body.question} becomes {@code question}: the client knows its body, not our method names. */
    static String field(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (index != null) {
                        out.append('[').append(index).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        if (!out.isEmpty()) {
                            out.append('.');
                        }
                        out.append(node.getName());
                    }
                }
            }
        }
        return out.isEmpty() && parameter != null ? parameter : out.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The answer to a refused request; {@link ProblemJson} writes it exactly as the gateway writes its own. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
