package nl.wijknetwerk.web.gateway;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The gateway every page talks to, e.g. {@code http://localhost:8080}. */
    String gatewayUrl();

    /** The ward a person with more than one ward (or the coordinator, with all) sees first. */
    @WithDefault("ruwaard")
    String defaultWard();

    /** How often the sign-in page of the identity provider is checked, so a new sign-in is not sent to a dead one. */
    @WithDefault("5s")
    Duration loginCheckEvery();
}
