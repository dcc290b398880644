package nl.wijknetwerk.gateway.routing;

import java.util.Locale;

import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Objection;
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

    /** A refusal of the gateway's own, its detail in the caller's language (see {@link #language}). */
    public static void send(RoutingContext ctx, int status, String slug, String title, Objection detail) {
        send(ctx, Problem.of(status, slug, title, detail.in(language(ctx))));
    }

    /**
     * The language to object in, as the services choose it ({@link Objection#language}) from the caller's
     * {@code Accept-Language}; English for none, or for a header that cannot be read.
     */
    public static Locale language(RoutingContext ctx) {
        String header = ctx.request().getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return Objection.language(Locale.LanguageRange.parse(header).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }
}
