package nl.wijknetwerk.shared.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import nl.wijknetwerk.api.Problem;

/**
 * A request URI longer than {@value #MAX_URI_LENGTH} characters gets a problem+json 414 before anything else runs.
 * The HTTP server's own cap ({@code quarkus.http.limits.max-initial-line-length}) sits well above it, because the
 * server answers that one with an empty 414.
 */
@ApplicationScoped
public class UriLengthLimit {

    static final int MAX_URI_LENGTH = 8192;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_URI_LENGTH) {
                Problem problem = new Problem(Problem.type("uri-too-long"), "URI Too Long", 414,
                        "The request URI is limited to " + MAX_URI_LENGTH + " characters", ctx.request().path(), List.of());
                ctx.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.toJson());
            } else {
                ctx.next();
            }
        });
    }
}
