package nl.wijknetwerk.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Problem;

/** Sends the gateway's own refusals as problem+json, written by the same {@link Problem} the services use. */
public final class ProblemAnswer {

    private ProblemAnswer() {
    }

    public static void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.at(ctx.request().path()).toJson());
    }
}
