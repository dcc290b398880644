package nl.wijknetwerk.web.page;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.oidc.IdentityProviderAnswer;
import nl.wijknetwerk.web.gateway.WebConfig;

/**
 * Keycloak going away after this application started: the keys are known, so people already signed in go on, but a
 * new sign-in would send the browser to a host that does not answer ("this site can't be reached"). So the provider's
 * metadata is fetched every {@code web.login-check-every}, and while it cannot be, a page request without a session
 * gets the sign-in-unavailable page (503, in the person's language, trying again by itself) instead of the redirect.
 * The start-up case (provider never reached) is the {@code IdentityProviderGate}'s.
 */
@ApplicationScoped
public class SignInReachability {

    private static final Logger LOG = Logger.getLogger(SignInReachability.class);
    /** Quarkus OIDC's session cookie, {@code q_session} (with a suffix per tenant or when split). */
    private static final String SESSION_COOKIE = "q_session";

    private final LoginUnavailablePage page;
    private final Vertx vertx;
    private final URI metadata;
    private final Duration every;
    private final HttpClient http;
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final AtomicBoolean checking = new AtomicBoolean();

    public SignInReachability(LoginUnavailablePage page, Vertx vertx, WebConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.page = page;
        this.vertx = vertx;
        this.every = config.loginCheckEvery();
        this.metadata = URI.create(authServerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        this.http = HttpClient.newBuilder().connectTimeout(every).build();
    }

    public boolean reachable() {
        return reachable.get();
    }

    void checkPeriodically(@Observes StartupEvent started) {
        vertx.setPeriodic(every.toMillis(), timer -> check());
    }

    void guard(@Observes Router router) {
        // Right after the identity-provider gate, before the login redirect.
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (reachable.get() || !page.needsTheProvider(ctx) || signedIn(ctx)) {
            ctx.next();
            return;
        }
        check();
        ctx.response().putHeader("Retry-After", String.valueOf(Problem.RETRY_AFTER_SECONDS));
        page.unavailable(ctx);
    }

    /** A session (or, where bearer tokens are taken, a token): the keys are known, so the person goes on. */
    private static boolean signedIn(RoutingContext ctx) {
        return ctx.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE))
                || IdentityProviderAnswer.carriesBearerToken(ctx);
    }

    /** One check at a time; answered on the HTTP client's own threads, never blocking an event loop. */
    private void check() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(metadata).timeout(every).GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean now = failure == null && response.statusCode() == 200;
            if (reachable.getAndSet(now) != now) {
                if (now) {
                    LOG.info("The identity provider's sign-in is reachable again");
                } else {
                    LOG.warnf("The identity provider's sign-in cannot be reached (%s): new sign-ins get 503 until it can",
                            failure != null ? failure.toString() : "status " + response.statusCode());
                }
            }
            checking.set(false);
        });
    }
}
