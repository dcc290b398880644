package nl.wijknetwerk.cases.pricelist;

import java.time.Instant;
import java.util.List;

/** Response bodies of the price-list API. */
public final class PriceListApi {

    private PriceListApi() {
    }

    public record ItemView(String code, String description, String category, String unit, long unitPriceCents,
            FinancingDomain domain) {

        static ItemView of(PriceListItem i) {
            return new ItemView(i.code, i.description, i.category, i.unit, i.unitPriceCents, i.domain);
        }
    }

    public record EditionView(String edition, int year, String title, boolean locked, String importedBy,
            Instant importedAt, List<ItemView> items) {

        static EditionView of(PriceListEdition e) {
            return new EditionView(e.edition, e.year, e.title, e.locked, e.importedBy, e.importedAt,
                    e.items.stream().map(ItemView::of).toList());
        }
    }

    public record EditionSummary(String edition, int year, String title, boolean locked, int items) {

        static EditionSummary of(PriceListEdition e) {
            return new EditionSummary(e.edition, e.year, e.title, e.locked, e.items.size());
        }
    }
}
