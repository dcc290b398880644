package nl.wijknetwerk.monitoring.imports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.problem.ProblemMappers;

/**
 * A refused CSV upload as problem+json: one error per problem, each naming its line and column. The messages are in
 * the caller's language (Accept-Language: Dutch or English, English by default); the field names stay as they are.
 */
public class CsvProblems {

    @ServerExceptionMapper
    public Response refused(CsvTable.CsvException e, UriInfo uri, HttpHeaders headers) {
        Locale language = Objection.language(headers.getAcceptableLanguages());
        List<Problem.FieldError> errors = e.errors().stream()
                .map(err -> new Problem.FieldError(err.where(), err.message(language))).toList();
        String nothing = CsvObjection.isDutch(language) ? "Er is niets geïmporteerd. " : "Nothing was imported. ";
        String detail = nothing + e.errors().stream().map(err -> err.where(language) + ": " + err.message(language))
                .collect(Collectors.joining("; "));
        return ProblemMappers.respond(new ProblemException(400, "invalid-csv", "Invalid CSV", detail, errors).toProblem(uri.getPath()));
    }
}
