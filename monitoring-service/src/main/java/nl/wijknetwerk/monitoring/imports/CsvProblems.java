package nl.wijknetwerk.monitoring.imports;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.problem.ProblemMappers;

/** A refused CSV upload as problem+json: one error per problem, each naming its line and column. */
public class CsvProblems {

    @ServerExceptionMapper
    public Response refused(CsvTable.CsvException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.errors().stream()
                .map(err -> new Problem.FieldError(err.where(), err.message())).toList();
        String detail = "Nothing was imported. " + e.errors().stream().map(err -> err.where() + ": " + err.message())
                .collect(Collectors.joining("; "));
        return ProblemMappers.respond(new ProblemException(400, "invalid-csv", "Invalid CSV", detail, errors).toProblem(uri.getPath()));
    }
}
