package nl.wijknetwerk.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void writesRfc9457JsonLeavingOutAbsentMembers() {
        assertThat(Problem.unauthorized().at("/api/wards/ruwaard/cases").toJson()).isEqualTo(
                "{\"type\":\"https://wijknetwerk.nl/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"A valid bearer token is required\",\"instance\":\"/api/wards/ruwaard/cases\"}");
    }

    @Test
    void namesTheOffendingFieldAndEscapesText() {
        assertThat(Problem.badRequest("size", "must be \"at most\" 200").toJson()).isEqualTo(
                "{\"type\":\"https://wijknetwerk.nl/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"size: must be \\\"at most\\\" 200\","
                        + "\"errors\":[{\"field\":\"size\",\"message\":\"must be \\\"at most\\\" 200\"}]}");
    }
}
