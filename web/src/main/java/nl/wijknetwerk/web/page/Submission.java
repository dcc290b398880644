package nl.wijknetwerk.web.page;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import nl.wijknetwerk.web.gateway.ApiProblem;

/**
 * A form sent on to the API as one change. On success the browser goes to the page that shows it (with a
 * {@code done} confirmation in that path); when the API refuses what was typed (400, 409, 422) the page is shown again
 * with the API's objections under their fields and what was typed kept, answered with the API's status; any other
 * refusal (403, 404, 5xx) goes on to {@link ProblemPages}. Every form of the web application goes through here.
 */
public final class Submission {

    private Submission() {
    }

    /** One change whose answer decides where to go next (e.g. the page of what was just created). */
    public static <T> Response submit(Supplier<T> call, Function<? super T, String> next, Function<ApiProblem, TemplateInstance> again) {
        try {
            return seeOther(next.apply(call.get()));
        } catch (ApiProblem problem) {
            if (!problem.isInvalidInput()) {
                throw problem;
            }
            return again(problem.status, again.apply(problem));
        }
    }

    /** The form's page again, with what was typed and the objections to it, answered with the refusal's status. */
    public static Response again(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    /** One change that goes to the same page whatever the API answered. */
    public static Response submit(Supplier<?> call, String next, Function<ApiProblem, TemplateInstance> again) {
        return submit(call, answer -> next, again);
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
