package nl.wijknetwerk.oidc;

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
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Problem;

/**
 * Whether this application can use the identity provider yet. Quarkus OIDC fetches the provider's metadata and keys
 * at startup; when the provider is unreachable it starts anyway with the tenant "not ready" and only tries again
 * inside the next request that needs it, which then fails with an {@code OIDCException}: not an authentication
 * failure, so a service answered 500, the gateway 401 as if the token were bad, and the web application a bare 500
 * to a person opening a page. So, while the tenant is not ready, a request that needs the provider gets the
 * application's {@link IdentityProviderAnswer} (503, with {@code Retry-After}), readiness is DOWN, and the provider
 * is asked again every {@code wijknetwerk.oidc.retry-every} without waiting for a request (a pod out of its Service
 * would get none). Once the keys are fetched the tenant stays ready: tokens keep working through a later outage.
 */
@ApplicationScoped
public class IdentityProviderGate {

    private static final Logger LOG = Logger.getLogger(IdentityProviderGate.class);

    // Quarkus OIDC's own view of its tenants (runtime API): every application here uses the default tenant only.
    private final TenantConfigBean tenants;
    private final Vertx vertx;
    private final IdentityProviderAnswer answer;
    private final Duration retryEvery;
    private final AtomicBoolean asking = new AtomicBoolean();

    public IdentityProviderGate(TenantConfigBean tenants, Vertx vertx, IdentityProviderAnswer answer,
            @ConfigProperty(name = "wijknetwerk.oidc.retry-every", defaultValue = "5s") Duration retryEvery) {
        this.tenants = tenants;
        this.vertx = vertx;
        this.answer = answer;
        this.retryEvery = retryEvery;
    }

    public boolean ready() {
        return tenants.getDefaultTenant().ready();
    }

    void retryUntilReady(@Observes StartupEvent started) {
        if (!ready()) {
            LOG.warn("The identity provider was not reachable at startup: requests that need it get 503 until it is");
            vertx.setPeriodic(retryEvery.toMillis(), timer -> {
                if (ready()) {
                    vertx.cancelTimer(timer);
                } else {
                    ask();
                }
            });
        }
    }

    /**
     * True when the request needs the provider and it cannot be used yet; the request has then been answered 503.
     */
    public boolean refuses(RoutingContext ctx) {
        if (ready() || !answer.needsTheProvider(ctx)) {
            return false;
        }
        ask();
        ctx.response().putHeader("Retry-After", String.valueOf(Problem.RETRY_AFTER_SECONDS));
        answer.unavailable(ctx);
        return true;
    }

    /** Puts the gate in front of everything else the router does, authentication included (which would fail with a 500). */
    public void guard(Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (!refuses(ctx)) {
                ctx.next();
            }
        });
    }

    /** One attempt at a time: with {@code quarkus.oidc.connection-delay} an attempt may itself take that long. */
    private void ask() {
        if (asking.compareAndSet(false, true)) {
            tenants.getDefaultTenant().initialize().subscribe().with(
                    tenant -> {
                        asking.set(false);
                        LOG.info("The identity provider is reachable again");
                    },
                    failure -> {
                        asking.set(false);
                        LOG.debugf("The identity provider is still not reachable: %s", failure.toString());
                    });
        }
    }

    /** Readiness DOWN while the provider cannot be used: no traffic should be sent here yet. */
    @Produces
    @Readiness
    HealthCheck readiness() {
        return () -> HealthCheckResponse.named("identity-provider").status(ready())
                .withData("tokens", ready() ? "verified with the provider's keys" : "cannot be verified: provider not reached yet")
                .build();
    }
}
