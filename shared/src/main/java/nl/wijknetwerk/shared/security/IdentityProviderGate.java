package nl.wijknetwerk.shared.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import nl.wijknetwerk.api.Problem;

/**
 * Whether this service can verify tokens yet. Quarkus OIDC fetches the provider's metadata and keys at startup; when
 * the provider is unreachable it starts anyway with the tenant "not ready" and only tries again inside the next
 * authenticated request, which then fails with an {@code OIDCException}: not an authentication failure, so it
 * reaches the problem mapping as an unexpected error, a 500. So, while the tenant is not ready: a request with a bearer token gets a 503 problem+json with
 * {@code Retry-After} before authentication runs, readiness is DOWN, and the provider is asked again every
 * {@code wijknetwerk.oidc.retry-every} without waiting for a request (a pod out of its Service would get none).
 * Once the keys are fetched the tenant stays ready: tokens keep working through a later outage.
 */
@ApplicationScoped
public class IdentityProviderGate {

    private static final Logger LOG = Logger.getLogger(IdentityProviderGate.class);

    // Quarkus OIDC's own view of its tenants (runtime API): the default tenant is the only one the services use.
    private final TenantConfigBean tenants;
    private final Vertx vertx;
    private final Duration retryEvery;
    private final AtomicBoolean asking = new AtomicBoolean();

    public IdentityProviderGate(TenantConfigBean tenants, Vertx vertx,
            @ConfigProperty(name = "wijknetwerk.oidc.retry-every", defaultValue = "5s") Duration retryEvery) {
        this.tenants = tenants;
        this.vertx = vertx;
        this.retryEvery = retryEvery;
    }

    public boolean ready() {
        return tenants.getDefaultTenant().ready();
    }

    void retryUntilReady(@Observes StartupEvent started) {
        if (!ready()) {
            LOG.warn("The identity provider was not reachable at startup: authenticated requests get 503 until it is");
            vertx.setPeriodic(retryEvery.toMillis(), timer -> {
                if (ready()) {
                    vertx.cancelTimer(timer);
                } else {
                    ask();
                }
            });
        }
    }

    void register(@Observes Router router) {
        // Right after the URI length check and before authentication, which would fail the request with a 500.
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String authorization = ctx.request().getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || ready()) {
                ctx.next();
                return;
            }
            ask();
            ctx.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", String.valueOf(Problem.RETRY_AFTER_SECONDS))
                    .end(Problem.identityProviderUnavailable().at(ctx.request().path()).toJson());
        });
    }

    /** One attempt at a time: with {@code quarkus.oidc.connection-delay} an attempt may itself take that long. */
    private void ask() {
        if (asking.compareAndSet(false, true)) {
            tenants.getDefaultTenant().initialize().subscribe().with(
                    tenant -> {
                        asking.set(false);
                        LOG.info("The identity provider is reachable: tokens are verified again");
                    },
                    failure -> {
                        asking.set(false);
                        LOG.debugf("The identity provider is still not reachable: %s", failure.toString());
                    });
        }
    }

    /** Readiness DOWN while tokens cannot be verified: no traffic should be sent here yet. */
    @Produces
    @Readiness
    HealthCheck readiness() {
        return () -> HealthCheckResponse.named("identity-provider").status(ready())
                .withData("tokens", ready() ? "verified with the provider's keys" : "cannot be verified: provider not reached yet")
                .build();
    }
}
