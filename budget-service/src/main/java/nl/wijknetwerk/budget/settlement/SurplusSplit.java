package nl.wijknetwerk.budget.settlement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The surplus rule of the ward budget: what is left at year end (budget minus spent) is divided evenly in three,
 * between the residents (it goes to next year's resident initiatives), the municipality and the providers, the
 * providers' third pro rata to their lump-sum shares of the year. A shortfall is borne by the providers alone,
 * pro rata to the same shares.
 * <p>
 * Remainder rule: a surplus not divisible by three leaves one or two cents; the first goes to the residents, the
 * second to the municipality, so the three parts never differ by more than a cent and always add up to the
 * surplus. Within the providers' part, {@link ProRata} hands out the leftover cents by largest remainder.
 */
public record SurplusSplit(long budgetCents, long spentCents, long surplusCents, long residentsCents,
        long municipalityCents, long providersCents, Map<String, Long> providerShares) {

    /**
     * @param lumpSumByProvider each provider's lump-sum share of the year in cents; at least one positive
     */
    public static SurplusSplit of(long budgetCents, long spentCents, Map<String, Long> lumpSumByProvider) {
        long surplus = Math.subtractExact(budgetCents, spentCents);
        if (surplus >= 0) {
            long third = surplus / 3;
            long rest = surplus % 3;
            long residents = third + (rest >= 1 ? 1 : 0);
            long municipality = third + (rest >= 2 ? 1 : 0);
            long providers = third;
            return new SurplusSplit(budgetCents, spentCents, surplus, residents, municipality, providers,
                    ProRata.divide(providers, lumpSumByProvider));
        }
        Map<String, Long> borne = new LinkedHashMap<>();
        ProRata.divide(-surplus, lumpSumByProvider).forEach((provider, cents) -> borne.put(provider, -cents));
        return new SurplusSplit(budgetCents, spentCents, surplus, 0, 0, surplus, borne);
    }

    public boolean shortfall() {
        return surplusCents < 0;
    }
}
