package nl.wijknetwerk.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.gateway.GatewayConfig;

/**
 * A request line longer than {@code gateway.limits.max-uri-length} gets a problem+json 414 before anything else
 * runs. The HTTP server's own limit ({@code quarkus.http.limits.max-initial-line-length}) sits well above it,
 * because the server answers that one with an empty 414.
 */
@ApplicationScoped
public class UriLengthLimit {

    private final int maxUriLength;

    public UriLengthLimit(GatewayConfig config) {
        this.maxUriLength = config.limits().maxUriLength();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > maxUriLength) {
                ProblemAnswer.send(ctx, 414, "uri-too-long", "URI Too Long", new Objection(
                        "The request URI is limited to " + maxUriLength + " characters; send long criteria in a body",
                        "Het adres van een verzoek mag hoogstens " + maxUriLength + " tekens lang zijn; stuur lange criteria in de inhoud mee"));
            } else {
                ctx.next();
            }
        });
    }
}
