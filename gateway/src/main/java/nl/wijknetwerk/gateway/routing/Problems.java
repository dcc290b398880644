package nl.wijknetwerk.gateway.routing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem+json answers of the gateway itself. */
public final class Problems {

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, problem(ctx, status, slug, title, detail));
    }

    /** A 400 naming the offending query parameter, in the same shape as the services' validation problems. */
    public static void invalidParameter(RoutingContext ctx, String parameter, String message) {
        JsonObject problem = problem(ctx, 400, "invalid-request", "Bad Request", "The request has invalid parameters")
                .put("errors", new JsonArray().add(new JsonObject().put("field", parameter).put("message", message)));
        send(ctx, problem);
    }

    private static JsonObject problem(RoutingContext ctx, int status, String slug, String title, String detail) {
        return new JsonObject()
                .put("type", "https://wijknetwerk.nl/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
    }

    private static void send(RoutingContext ctx, JsonObject problem) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.response().setStatusCode(problem.getInteger("status"))
                .putHeader("Content-Type", "application/problem+json").end(problem.encode());
    }
}
