package nl.wijknetwerk.gateway.limits;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.gateway.GatewayConfig;
import nl.wijknetwerk.gateway.routing.ProblemAnswer;
import nl.wijknetwerk.gateway.security.TokenCaller;

/**
 * What one request and one client may ask of the platform: a body of bounded size, a bounded page, and a bounded
 * number of requests per window (429 with {@code Retry-After} beyond it). Each check answers the caller itself
 * when it refuses, and tells the proxy not to go on.
 */
@ApplicationScoped
public class RequestLimits {

    private static final List<String> PAGE_PARAMETERS = List.of("size", "limit", "pageSize");

    private final GatewayConfig.Limits config;
    private final RateLimiter limiter;

    public RequestLimits(GatewayConfig config) {
        this.config = config.limits();
        this.limiter = new RateLimiter(Clock.systemUTC(), this.config.window());
    }

    /** Body size and page size, checked before the token so an oversized upload is refused early. */
    public boolean acceptsShape(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && parse(length) > config.maxBodyBytes()) {
            tooLarge(ctx);
            return false;
        }
        for (String parameter : PAGE_PARAMETERS) {
            String value = ctx.request().getParam(parameter);
            if (value != null && parse(value) > config.maxPageSize()) {
                ProblemAnswer.send(ctx, Problem.badRequest(parameter, new Objection("must be at most " + config.maxPageSize(),
                        "mag hoogstens " + config.maxPageSize() + " zijn").in(ProblemAnswer.language(ctx))));
                return false;
            }
        }
        return true;
    }

    /**
     * A body without Content-Length (chunked) is read here, counting its bytes, and handed on whole only when it
     * stays within the limit; past it the caller gets a 413 and the connection is closed, so nothing is forwarded.
     */
    public void readCountedBody(RoutingContext ctx, Consumer<Buffer> forward) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (ctx.response().headWritten()) {
                return;
            }
            if (body.length() + chunk.length() > config.maxBodyBytes()) {
                ctx.response().putHeader("Connection", "close");
                tooLarge(ctx);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!ctx.response().headWritten()) {
                forward.accept(body);
            }
        });
        request.resume();
    }

    private void tooLarge(RoutingContext ctx) {
        ProblemAnswer.send(ctx, 413, "payload-too-large", "Content Too Large", new Objection(
                "Request bodies are limited to " + config.maxBodyBytes() + " bytes",
                "De inhoud van een verzoek mag hoogstens " + config.maxBodyBytes() + " bytes zijn"));
    }

    /** Whether the body's size is unknown until it has been read (no Content-Length). */
    public static boolean sizeUndeclared(HttpServerRequest request) {
        return request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") != null;
    }

    /** The client's share of requests in this window. */
    public boolean admits(RoutingContext ctx, SecurityIdentity identity) {
        String client = client(identity);
        RateLimiter.Decision decision = limiter.acquire(client, config.clients().getOrDefault(client, config.requestsPerWindow()));
        ctx.response().putHeader("RateLimit-Limit", String.valueOf(decision.limit()));
        ctx.response().putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            ctx.response().putHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            ProblemAnswer.send(ctx, 429, "too-many-requests", "Too Many Requests", new Objection("Client '" + client + "' may send "
                    + decision.limit() + " requests per " + config.window().toSeconds() + " s; retry after "
                    + decision.retryAfterSeconds() + " s", "'" + client + "' mag " + decision.limit() + " verzoeken per "
                    + config.window().toSeconds() + " s doen; probeer het over " + decision.retryAfterSeconds() + " s opnieuw"));
            return false;
        }
        return true;
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evictExpiredWindows() {
        limiter.evictExpired();
    }

    /**
     * A partner system (client credentials: its token carries {@code client_id}) is counted as that client; a person
     * is counted as themselves, so one busy professional does not slow the shared web client for everyone.
     */
    static String client(SecurityIdentity identity) {
        String clientId = TokenCaller.clientId(identity);
        if (clientId != null) {
            return clientId;
        }
        String subject = TokenCaller.subject(identity);
        if (subject != null) {
            return "user:" + subject;
        }
        return "user:" + identity.getPrincipal().getName();
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
