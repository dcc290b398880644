package nl.wijknetwerk.monitoring.catalogue;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** Reads the catalogue once at start; a broken catalogue stops the service from starting. */
public class CatalogueProducer {

    @Produces
    @Singleton
    Catalogue catalogue() {
        return Catalogue.load();
    }
}
