package nl.wijknetwerk.web.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The gateway every page talks to, e.g. {@code http://localhost:8080}. */
    String gatewayUrl();

    /** The ward a person with more than one ward (or the coordinator, with all) sees first. */
    @WithDefault("ruwaard")
    String defaultWard();
}
