package nl.wijknetwerk.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import nl.wijknetwerk.web.gateway.ApiProblem;

/** The one way every form goes to the API: on to the page that shows the change, or back with the objections. */
class SubmissionTest {

    private final Template page = Engine.builder().addDefaults().build().parse("<p>{message}</p>");

    @Test
    void aChangeTheApiTookGoesToThePageNamedFromItsAnswer() {
        Response r = Submission.submit(() -> Map.of("slug", "schadewijk"), created -> "/network/wards/" + created.get("slug") + "?done=x",
                problem -> page.data("message", ""));
        assertThat(r.getStatus()).isEqualTo(303);
        assertThat(r.getLocation()).hasToString("/network/wards/schadewijk?done=x");
        assertThat(Submission.submit(() -> null, "/fixed", problem -> null).getLocation()).hasToString("/fixed");
    }

    @Test
    void aRefusalOfWhatWasTypedShowsTheFormAgainWithTheApisStatusAndMessage() {
        Form typed = TypedForm.of("slug", "Ussen!");
        Response r = Submission.submit(() -> {
            throw new ApiProblem(422, "Invalid", null, Map.of("slug", "lower-case letters"));
        }, "/never", problem -> page.data("message", typed.rejected(problem).error("slug")));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getMediaType()).hasToString("text/html;charset=UTF-8");
        assertThat(r.getEntity()).isEqualTo("<p>lower-case letters</p>");
    }

    @Test
    void anyOtherRefusalGoesOnToItsErrorPage() {
        assertThatThrownBy(() -> Submission.submit(() -> {
            throw new ApiProblem(403, "Forbidden", null, Map.of());
        }, "/never", problem -> page.data("message", ""))).isInstanceOf(ApiProblem.class).extracting("status").isEqualTo(403);
    }
}
