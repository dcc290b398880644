package nl.wijknetwerk.monitoring.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.wijknetwerk.monitoring.MonitoringConfig;

/**
 * Demo data: when a ward is onboarded for which a profile ships with the service ({@code demo/wijkprofiel-<ward>.csv},
 * Ruwaard's figures from the 2022 network-day slides), and the ward has no profile yet, that profile is imported.
 * Switched off with {@code wijknetwerk.monitoring.demo-profiles=false}.
 */
@ApplicationScoped
public class DemoProfiles {

    private static final Logger LOG = Logger.getLogger(DemoProfiles.class);

    private final MonitoringConfig config;

    public DemoProfiles(MonitoringConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void importIfAbsent(String ward) {
        if (!config.demoProfiles() || ProfileFigure.count("ward", ward) > 0) {
            return;
        }
        try (InputStream in = DemoProfiles.class.getResourceAsStream("/demo/wijkprofiel-" + ward + ".csv")) {
            if (in == null) {
                return;
            }
            var figures = ProfileImport.read(ward, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            figures.forEach(f -> f.persist());
            LOG.infof("Imported the demo ward profile of %s (%d figures)", ward, figures.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
