package nl.wijknetwerk.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.api.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a caller gets when the database refuses a write: a conflict to retry, or an honest internal error. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void a_concurrent_duplicate_is_a_conflict_however_deeply_it_is_wrapped() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint \"budget_ward_year_key\"", "23505");
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new PersistenceException("could not execute statement", duplicate));

        Response response = mappers.unexpected(new RuntimeException(atCommit), null, null);

        assertThat(response.getStatus()).isEqualTo(409);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.type("conflict"));
        assertThat(problem.detail()).contains("reload and try again");
    }

    @Test
    void a_database_that_restarts_is_a_503_to_retry_shortly() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

        for (SQLException cause : new SQLException[] { terminated, refused }) {
            Response response = mappers.unexpected(new PersistenceException("could not execute statement", cause), null, null);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(((Problem) response.getEntity()).detail()).contains("nothing was changed");
        }
    }

    @Test
    void a_connection_ended_at_commit_is_a_503_though_its_cause_is_only_in_a_suppressed_exception() {
        // As the transaction manager reports it (seen in the fault suite: a 500 while the database was taken away).
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        atCommit.addSuppressed(xa);

        Response response = mappers.unexpected(new RuntimeException("Error invoking subclass method", atCommit), null, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void any_other_database_failure_stays_an_internal_error() {
        SQLException foreignKey = new SQLException("insert or update violates foreign key constraint", "23503");

        Response response = mappers.unexpected(new PersistenceException("could not execute statement", foreignKey), null, null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).contains("nothing was changed");
    }

    record AgreementRequest(String partner, int hours, List<String> tasks) {
    }

    /** A body of the wrong shape is described in the API's terms: JSON kinds and field paths, never our Java types. */
    @Test
    void a_body_of_the_wrong_shape_names_json_and_fields_not_java_types() {
        ObjectMapper json = new ObjectMapper();
        for (String body : List.of("[]", "\"text\"", "42", "{\"hours\": \"many\"}", "{\"tasks\": {}}", "{\"partner\": ", "")) {
            JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                    () -> json.readValue(body, AgreementRequest.class), body);
            Problem problem = ProblemMappers.jsonProblem(refused, "/api/wards/ruwaard/agreements", Locale.ENGLISH);
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).as(body).doesNotContain("nl.wijknetwerk", "AgreementRequest", "$", "java.");
        }
        assertThat(ProblemMappers.jsonProblem(assertThrows(JsonProcessingException.class,
                () -> json.readValue("[]", AgreementRequest.class)), null, Locale.ENGLISH).detail()).isEqualTo("The request body must be a JSON object");
        Problem wrongType = ProblemMappers.jsonProblem(assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"tasks\": {}}", AgreementRequest.class)), null, Locale.ENGLISH);
        assertThat(wrongType.errors()).extracting(Problem.FieldError::field).containsExactly("tasks");
    }

    /** A page asks for Dutch: a body it cannot read is objected to in Dutch, under the same field names. */
    @Test
    void a_body_that_cannot_be_read_is_objected_to_in_dutch_when_the_caller_asks_for_dutch() {
        ObjectMapper json = new ObjectMapper();
        Locale dutch = Objection.DUTCH;
        Problem wrongType = ProblemMappers.jsonProblem(assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"hours\": \"many\"}", AgreementRequest.class)), null, dutch);
        assertThat(wrongType.errors()).containsExactly(new Problem.FieldError("hours", "moet een geheel getal zijn"));
        Problem unknown = ProblemMappers.jsonProblem(assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"who\": 1}", AgreementRequest.class)), null, dutch);
        assertThat(unknown.errors()).containsExactly(new Problem.FieldError("who", "onbekend veld"));
        assertThat(ProblemMappers.jsonProblem(assertThrows(JsonProcessingException.class,
                () -> json.readValue("[]", AgreementRequest.class)), null, dutch).detail())
                .isEqualTo("De inhoud van het verzoek moet een JSON-object zijn");
        assertThat(ProblemMappers.jsonProblem(assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"partner\": ", AgreementRequest.class)), null, dutch).detail())
                .startsWith("De inhoud van het verzoek is geen geldige JSON: ");
    }
}
