package nl.wijknetwerk.web.page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What every page test runs against: a token issuer in place of Keycloak and a fake gateway. One set for all page
 * test classes, so the application starts once for them.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeGateway.class)
public final class PageTestResources {

    private PageTestResources() {
    }
}
