package nl.wijknetwerk.cases.pricelist;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** How a micro-analysis reads a price-list edition and pins it, without reaching into its records. */
@ApplicationScoped
public class PriceListService {

    public Optional<PriceListEdition> edition(String edition) {
        return PriceListEdition.findEdition(edition);
    }

    public Optional<PriceListItem> item(PriceListEdition edition, String code) {
        return edition.item(code);
    }

    /**
     * From now on the edition's prices are part of a reported analysis; the version check makes a concurrent
     * re-import fail instead of slipping in underneath.
     */
    public void lock(PriceListEdition edition) {
        edition.locked = true;
    }
}
