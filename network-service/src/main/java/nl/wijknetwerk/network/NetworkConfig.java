package nl.wijknetwerk.network;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of network-service. */
@ConfigMapping(prefix = "wijknetwerk.network")
public interface NetworkConfig {

    Pulse pulse();

    interface Pulse {
        /**
         * The fewest respondents a MOOI WERK aggregate may be shown or published for, so that nobody's own score
         * can be read from it.
         */
        @WithDefault("5")
        int minimumGroupSize();

        /** When ended quarters are closed (and their aggregates published), in every ward. */
        @WithDefault("0 30 1 * * ?")
        String closeCron();
    }
}
