package nl.wijknetwerk.budget.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SurplusSplitTest {

    private static Map<String, Long> lumpSums(Object... pairs) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return out;
    }

    @Test
    void aSurplusDivisibleByThreeIsSplitEvenly() {
        SurplusSplit split = SurplusSplit.of(300_00, 0, lumpSums("a", 1, "b", 1));
        assertThat(split.residentsCents()).isEqualTo(100_00);
        assertThat(split.municipalityCents()).isEqualTo(100_00);
        assertThat(split.providersCents()).isEqualTo(100_00);
        assertThat(split.providerShares()).containsExactly(Map.entry("a", 50_00L), Map.entry("b", 50_00L));
    }

    @Test
    void remainingCentsGoToResidentsThenMunicipality() {
        SurplusSplit one = SurplusSplit.of(100, 0, lumpSums("a", 1));
        assertThat(one.residentsCents()).isEqualTo(34);
        assertThat(one.municipalityCents()).isEqualTo(33);
        assertThat(one.providersCents()).isEqualTo(33);

        SurplusSplit two = SurplusSplit.of(101, 0, lumpSums("a", 1));
        assertThat(two.residentsCents()).isEqualTo(34);
        assertThat(two.municipalityCents()).isEqualTo(34);
        assertThat(two.providersCents()).isEqualTo(33);
    }

    @Test
    void aShortfallIsBorneByTheProvidersProRataToTheirLumpSums() {
        SurplusSplit split = SurplusSplit.of(1_000_00, 1_030_00, lumpSums("a", 200_00, "b", 100_00));
        assertThat(split.shortfall()).isTrue();
        assertThat(split.surplusCents()).isEqualTo(-30_00);
        assertThat(split.residentsCents()).isZero();
        assertThat(split.municipalityCents()).isZero();
        assertThat(split.providersCents()).isEqualTo(-30_00);
        assertThat(split.providerShares()).containsExactly(Map.entry("a", -20_00L), Map.entry("b", -10_00L));
    }

    @Test
    void nothingLeftNothingToShare() {
        SurplusSplit split = SurplusSplit.of(500_00, 500_00, lumpSums("a", 1));
        assertThat(split.surplusCents()).isZero();
        assertThat(split.providerShares()).containsExactly(Map.entry("a", 0L));
    }

    @Test
    void aRuwaardYearOfTwoMillionSettlesToTheCent() {
        // € 2,000,000.00 budget, € 1,876,543.21 spent: € 123,456.79 left
        SurplusSplit split = SurplusSplit.of(2_000_000_00L, 1_876_543_21L,
                lumpSums("ons-welzijn", 155_000_00L, "pantein", 90_000_00L, "brabantzorg", 60_000_00L));
        assertThat(split.surplusCents()).isEqualTo(123_456_79L);
        assertThat(split.residentsCents()).isEqualTo(41_152_27L);
        assertThat(split.municipalityCents()).isEqualTo(41_152_26L);
        assertThat(split.providersCents()).isEqualTo(41_152_26L);
        // 4,115,226 cents × 155/305, 90/305, 60/305 = 2,091,344.36, 1,214,328.98, 809,552.66: the whole cents leave
        // two over, which go to the largest fractions (.98 and .66)
        assertThat(split.providerShares()).containsExactly(
                Map.entry("ons-welzijn", 20_913_44L), Map.entry("pantein", 12_143_29L), Map.entry("brabantzorg", 8_095_53L));
        assertThat(split.residentsCents() + split.municipalityCents() + split.providersCents()).isEqualTo(split.surplusCents());
    }
}
