package nl.wijknetwerk.budget.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The surplus rule never loses or invents a cent, and never hands out a negative part of a surplus. */
class SurplusSplitPropertiesTest {

    @Property(tries = 2000)
    void partsAlwaysAddUpToTheSurplusAndNoneIsNegative(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long budgetCents,
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long spentCents,
            @ForAll @Size(min = 1, max = 15) List<@LongRange(min = 0, max = 10_000_000_000L) Long> lumpSums) {
        Assume.that(lumpSums.stream().anyMatch(l -> l > 0));
        Assume.that(spentCents <= budgetCents);
        Map<String, Long> weights = weights(lumpSums);

        SurplusSplit split = SurplusSplit.of(budgetCents, spentCents, weights);

        assertThat(split.residentsCents() + split.municipalityCents() + split.providersCents()).isEqualTo(split.surplusCents());
        assertThat(split.providerShares().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(split.providersCents());
        assertThat(split.residentsCents()).isNotNegative();
        assertThat(split.municipalityCents()).isNotNegative();
        assertThat(split.providerShares().values()).allSatisfy(v -> assertThat(v).isNotNegative());
        // evenly: the three parts differ by a cent at most
        long max = Math.max(split.residentsCents(), Math.max(split.municipalityCents(), split.providersCents()));
        long min = Math.min(split.residentsCents(), Math.min(split.municipalityCents(), split.providersCents()));
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Property(tries = 1000)
    void aShortfallIsBorneByProvidersOnlyAndAddsUp(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long budgetCents,
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long overspentCents,
            @ForAll @Size(min = 1, max = 15) List<@LongRange(min = 0, max = 10_000_000_000L) Long> lumpSums) {
        Assume.that(lumpSums.stream().anyMatch(l -> l > 0));
        SurplusSplit split = SurplusSplit.of(budgetCents, budgetCents + overspentCents, weights(lumpSums));

        assertThat(split.residentsCents()).isZero();
        assertThat(split.municipalityCents()).isZero();
        assertThat(split.providerShares().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(-overspentCents);
        assertThat(split.providerShares().values()).allSatisfy(v -> assertThat(v).isNotPositive());
    }

    @Property(tries = 1000)
    void aProviderWithALargerLumpSumNeverGetsLess(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long totalCents,
            @ForAll @Size(min = 2, max = 12) List<@LongRange(min = 1, max = 1_000_000_000L) Long> lumpSums) {
        Map<String, Long> weights = weights(lumpSums);
        Map<String, Long> parts = ProRata.divide(totalCents, weights);
        for (String a : weights.keySet()) {
            for (String b : weights.keySet()) {
                if (weights.get(a) > weights.get(b)) {
                    assertThat(parts.get(a)).isGreaterThanOrEqualTo(parts.get(b));
                }
            }
        }
    }

    private static Map<String, Long> weights(List<Long> lumpSums) {
        Map<String, Long> weights = new LinkedHashMap<>();
        for (int i = 0; i < lumpSums.size(); i++) {
            weights.put("provider-%02d".formatted(i), lumpSums.get(i));
        }
        return weights;
    }
}
