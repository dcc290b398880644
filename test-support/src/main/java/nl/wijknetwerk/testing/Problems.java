package nl.wijknetwerk.testing;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.log().ifValidationFails().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }

    public static ValidatableResponse assertFieldProblem(ValidatableResponse response, int status, String field) {
        return assertProblem(response, status).body("errors.field", hasItem(field));
    }
}
