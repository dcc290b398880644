package nl.wijknetwerk.gateway.routing;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.gateway.GatewayConfig;
import nl.wijknetwerk.gateway.limits.RequestLimits;
import nl.wijknetwerk.gateway.security.TokenCaller;
import nl.wijknetwerk.oidc.IdentityProviderAnswer;
import nl.wijknetwerk.oidc.IdentityProviderGate;
import nl.wijknetwerk.oidc.VerifiedTokens;

/**
 * The one public entry: every {@code /api/…} request is authenticated, checked against the caller's wards and
 * streamed to the service that owns it, with the bearer token and a W3C {@code traceparent}. The services verify
 * the token again; this is the first wall, not the only one.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** Hop-by-hop headers (RFC 9110 7.6.1) are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final RouteTable routes;
    private final GatewayConfig config;
    private final OpenTelemetry telemetry;
    private final RequestLimits limits;
    private final IdentityProviderGate identityProvider;
    private final HttpClient client;
    private final VerifiedTokens verifiedTokens;
    private final Counter tokensReused;
    private final Counter tokensVerified;
    private final Map<String, URI> upstreams = new HashMap<>();

    public ApiProxy(RouteTable routes, GatewayConfig config, Vertx vertx, OpenTelemetry telemetry, RequestLimits limits,
            IdentityProviderGate identityProvider, MeterRegistry meters) {
        this.routes = routes;
        this.identityProvider = identityProvider;
        this.config = config;
        this.telemetry = telemetry;
        this.limits = limits;
        this.verifiedTokens = new VerifiedTokens(System::currentTimeMillis, config.verifiedTokens());
        this.tokensReused = meters.counter("gateway.tokens", "check", "reused");
        this.tokensVerified = meters.counter("gateway.tokens", "check", "verified");
        config.upstream().forEach((service, url) -> upstreams.put(service, URI.create(url)));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(100).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        var route = routes.resolve(request.path());
        if (route.isEmpty() || !upstreams.containsKey(route.get().service())) {
            ProblemAnswer.send(ctx, Problem.notFound("No service serves " + request.path()));
            return;
        }
        if (!limits.acceptsShape(ctx) || identityProvider.refuses(ctx)) {
            return;
        }
        Optional<String> token = IdentityProviderAnswer.bearerToken(request);
        Optional<SecurityIdentity> known = token.flatMap(verifiedTokens::lookup);
        if (known.isPresent()) {
            tokensReused.increment();
            authorise(ctx, route.get(), known.get());
            return;
        }
        // A refused token is answered here, not by the authentication mechanism's empty 401 challenge.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (failed, cause) -> unauthorised(failed));
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> {
                    if (token.isPresent()) {
                        tokensVerified.increment();
                        verifiedTokens.remember(token.get(), identity);
                    }
                    authorise(ctx, route.get(), identity);
                },
                failure -> unauthorised(ctx));
    }

    private static void unauthorised(RoutingContext ctx) {
        if (!ctx.response().headWritten()) {
            ProblemAnswer.send(ctx, Problem.unauthorized());
        }
    }

    private void authorise(RoutingContext ctx, RouteTable.Route route, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorised(ctx);
        } else if (!limits.admits(ctx, identity)) {
            return;
        } else if (route.ward().isPresent() && !TokenCaller.of(identity).mayActIn(route.ward().get())) {
            if (identity.hasRole(Roles.PARTNER_SYSTEM)) {
                // No service sees this request, so no service's partner access log has it: the gateway's log does.
                LOG.warnf("Partner access refused: client %s of organisation %s asked %s %s outside its wards",
                        TokenCaller.clientId(identity), TokenCaller.of(identity).organisation(), ctx.request().method(),
                        ctx.request().path());
            }
            ProblemAnswer.send(ctx, Problem.wardForbidden(route.ward().get()));
        } else if (RequestLimits.sizeUndeclared(ctx.request())) {
            limits.readCountedBody(ctx, body -> forward(ctx, upstreams.get(route.service()), body));
        } else {
            forward(ctx, upstreams.get(route.service()), null);
        }
    }

    /** @param body the counted body of a chunked request, or null to stream the request's own body */
    private void forward(RoutingContext ctx, URI upstream, Buffer body) {
        HttpServerRequest request = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(upstream.getHost())
                .setPort(upstream.getPort() > 0 ? upstream.getPort() : 80)
                .setURI(request.uri())
                .setTimeout(config.timeout().toMillis());
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                upstreamFailed(ctx, upstream, connected.cause());
                return;
            }
            HttpClientRequest outgoing = connected.result();
            copyHeaders(request.headers(), outgoing.headers());
            // The services build Location headers from these: only the gateway's own account of the request counts,
            // never a caller's Forwarded/X-Forwarded-* (a spoofed port or host would point partners elsewhere).
            outgoing.headers().names().stream().filter(ApiProxy::isForwardingHeader).toList()
                    .forEach(outgoing.headers()::remove);
            outgoing.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
            outgoing.putHeader("X-Forwarded-Proto", request.scheme());
            if (request.remoteAddress() != null) {
                outgoing.putHeader("X-Forwarded-For", request.remoteAddress().hostAddress());
            }
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), outgoing,
                    (carrier, key, value) -> carrier.putHeader(key, value));
            io.vertx.core.Future<HttpClientResponse> sent;
            if (body != null) {
                sent = outgoing.send(body);
            } else if (hasBody(request)) {
                sent = outgoing.send(request);
            } else {
                // No body: send none, rather than pipe an empty stream that would make the forwarded request chunked.
                request.resume();
                sent = outgoing.send();
            }
            sent.onComplete(answered -> {
                if (answered.failed()) {
                    upstreamFailed(ctx, upstream, answered.cause());
                } else {
                    relay(ctx, answered.result());
                }
            });
        });
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }

    private static void relay(RoutingContext ctx, HttpClientResponse response) {
        HttpServerResponse out = ctx.response();
        out.setStatusCode(response.statusCode());
        out.setStatusMessage(response.statusMessage());
        copyHeaders(response.headers(), out.headers());
        out.send(response);
    }

    private void upstreamFailed(RoutingContext ctx, URI upstream, Throwable cause) {
        boolean timedOut = cause instanceof TimeoutException
                || cause.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("timeout");
        LOG.warnf("Upstream %s failed for %s %s: %s", upstream, ctx.request().method(), ctx.request().path(), cause.toString());
        if (timedOut) {
            ProblemAnswer.send(ctx, 504, "upstream-timeout", "Gateway Timeout", new Objection("The service did not answer in time; try again later",
                    "De dienst antwoordde niet op tijd; probeer het later opnieuw"));
        } else {
            // Nobody answered (a restart, a crash): the request did not reach the service, so trying again is safe.
            ctx.response().putHeader("Retry-After", "5");
            ProblemAnswer.send(ctx, 503, "upstream-unavailable", "Service Unavailable", new Objection(
                    "The service is not reachable; try again shortly", "De dienst is even niet bereikbaar; probeer het zo opnieuw"));
        }
    }

    static boolean isForwardingHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("forwarded") || lower.startsWith("x-forwarded-");
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(entry -> {
            if (!HOP_BY_HOP.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                to.add(entry.getKey(), entry.getValue());
            }
        });
    }
}
