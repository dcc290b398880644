package nl.wijknetwerk.cases.microanalysis;

import static nl.wijknetwerk.cases.pricelist.FinancingDomain.HOUSING;
import static nl.wijknetwerk.cases.pricelist.FinancingDomain.WELFARE;
import static nl.wijknetwerk.cases.pricelist.FinancingDomain.WLZ;
import static nl.wijknetwerk.cases.pricelist.FinancingDomain.WMO;
import static nl.wijknetwerk.cases.pricelist.FinancingDomain.ZVW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.microanalysis.Pricing.Line;
import nl.wijknetwerk.cases.microanalysis.Pricing.Outcome;
import nl.wijknetwerk.cases.pricelist.FinancingDomain;

class PricingTest {

    private static Line line(FinancingDomain domain, long unitPriceCents, String quantity) {
        return new Line("X", domain, unitPriceCents, new BigDecimal(quantity));
    }

    @Test
    void aWholeQuantityIsExact() {
        assertThat(Pricing.lineCents(3_250, new BigDecimal("52"))).isEqualTo(169_000);
    }

    @Test
    void fractionalHoursAreRoundedHalfEvenToTheCentPerLine() {
        // 0.5 h × € 32.49 = 1624.5 cents → 1624 (to even); 1.5 h × € 32.49 = 4873.5 cents → 4874 (to even)
        assertThat(Pricing.lineCents(3_249, new BigDecimal("0.5"))).isEqualTo(1_624);
        assertThat(Pricing.lineCents(3_249, new BigDecimal("1.5"))).isEqualTo(4_874);
        // 2.25 h × € 68.50 = 15412.5 cents → 15412; 130.5 h × € 32.50 = 424125 cents exactly
        assertThat(Pricing.lineCents(6_850, new BigDecimal("2.25"))).isEqualTo(15_412);
        assertThat(Pricing.lineCents(3_250, new BigDecimal("130.5"))).isEqualTo(424_125);
        // a third of an hour, as a professional might type it: 0.33 × 6850 = 2260.5 → 2260
        assertThat(Pricing.lineCents(6_850, new BigDecimal("0.33"))).isEqualTo(2_260);
    }

    @Test
    void roundingIsPerLineSoTheTotalIsTheSumOfRoundedLines() {
        // two half-hour lines of € 32.49: 1624 + 1624 = 3248, not round(3249) of the unrounded sum
        var total = Pricing.total(List.of(line(WMO, 3_249, "0.5"), line(WMO, 3_249, "0.5")));
        assertThat(total.totalCents()).isEqualTo(3_248);
        assertThat(total.byDomainCents()).containsExactly(Map.entry(WMO, 3_248L));
    }

    @Test
    void totalsPerDomainAddUpToTheScenarioTotal() {
        var total = Pricing.total(List.of(line(WMO, 3_250, "156"), line(ZVW, 1_171, "12"), line(WMO, 150_000, "1"),
                line(WELFARE, 5_500, "26")));
        assertThat(total.byDomainCents()).containsExactly(Map.entry(WMO, 507_000L + 150_000L),
                Map.entry(ZVW, 14_052L), Map.entry(WELFARE, 143_000L));
        assertThat(total.totalCents()).isEqualTo(657_000 + 14_052 + 143_000);
    }

    @Test
    void savingsAreAgainstCurrentAndAgainstDoingNothing() {
        Outcome outcome = Pricing.outcome(
                List.of(line(HOUSING, 6_500, "40")), // 2,600.00
                List.of(line(WLZ, 19_850, "365")), // 72,452.50
                List.of(line(HOUSING, 240_000, "1"), line(WMO, 6_850, "20"))); // 2,400.00 + 1,370.00
        assertThat(outcome.chosen().totalCents()).isEqualTo(377_000);
        // a new case costs more after the MDO than before: a negative saving against the current situation
        assertThat(outcome.savingsVsCurrentCents()).isEqualTo(260_000 - 377_000);
        assertThat(outcome.savingsVsDoNothingCents()).isEqualTo(7_245_250 - 377_000);
    }

    @Test
    void anEmptyScenarioCostsNothing() {
        assertThat(Pricing.total(List.of()).totalCents()).isZero();
        assertThat(Pricing.total(List.of()).byDomainCents()).isEmpty();
    }

    @Test
    void aNegativeQuantityIsRefused() {
        assertThatThrownBy(() -> line(WMO, 100, "-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
