package nl.wijknetwerk.gateway.security;

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
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.gateway.routing.ProblemAnswer;

/**
 * Whether the gateway can check tokens yet (the services have shared's twin of this). Quarkus OIDC starts with its
 * tenant "not ready" when the identity provider is unreachable and tries again only inside a request, whose identity
 * then fails as if the token were bad. So, while the tenant is not ready, {@link #refuses} answers a request with a
 * bearer token 503 problem+json with {@code Retry-After} instead of {@code 401}, readiness is DOWN, and the provider
 * is asked again every {@code gateway.oidc.retry-every} without waiting for a request.
 */
@ApplicationScoped
public class IdentityProviderGate {

    private static final Logger LOG = Logger.getLogger(IdentityProviderGate.class);

    // Quarkus OIDC's own view of its tenants (runtime API): the gateway uses the default tenant only.
    private final TenantConfigBean tenants;
    private final Vertx vertx;
    private final Duration retryEvery;
    private final AtomicBoolean asking = new AtomicBoolean();

    public IdentityProviderGate(TenantConfigBean tenants, Vertx vertx,
            @ConfigProperty(name = "gateway.oidc.retry-every", defaultValue = "5s") Duration retryEvery) {
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

    /** True when the request carries a token that cannot be checked yet; it has then been answered 503. */
    public boolean refuses(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || ready()) {
            return false;
        }
        ask();
        ctx.response().putHeader("Retry-After", String.valueOf(Problem.RETRY_AFTER_SECONDS));
        ProblemAnswer.send(ctx, Problem.identityProviderUnavailable());
        return true;
    }

    /** One attempt at a time: with {@code quarkus.oidc.connection-delay} an attempt may itself take that long. */
    private void ask() {
        if (asking.compareAndSet(false, true)) {
            tenants.getDefaultTenant().initialize().subscribe().with(
                    tenant -> {
                        asking.set(false);
                        LOG.info("The identity provider is reachable: tokens are checked again");
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
                .withData("tokens", ready() ? "checked with the provider's keys" : "cannot be checked: provider not reached yet")
                .build();
    }
}
