package nl.wijknetwerk.web.page;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.oidc.IdentityProviderAnswer;
import nl.wijknetwerk.oidc.IdentityProviderGate;
import nl.wijknetwerk.web.i18n.PageLanguage;

/**
 * Every page sits behind the login, so while Keycloak cannot be reached a person gets a readable page (503, in her
 * language, trying again by itself) instead of a bare 500; the style sheet, icon and health checks stay served.
 */
@ApplicationScoped
public class LoginUnavailablePage implements IdentityProviderAnswer {

    private final Template page;

    public LoginUnavailablePage(@Location("errors/login-unavailable.html") Template page) {
        this.page = page;
    }

    @Override
    public boolean needsTheProvider(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return !(path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/favicon") || path.startsWith("/q/"));
    }

    @Override
    public void unavailable(RoutingContext ctx) {
        Locale locale = PageLanguage.of(ctx.request());
        String path = ctx.request().path();
        ctx.response().setStatusCode(503).putHeader("Content-Type", "text/html;charset=UTF-8").putHeader("Cache-Control", "no-store")
                .end(page.instance().data("lang", locale.getLanguage()).data("path", path.startsWith("/") ? path : "/")
                        .setLocale(locale).render());
    }

    void guard(@Observes Router router, IdentityProviderGate gate) {
        gate.guard(router);
    }
}
