package nl.wijknetwerk.budget.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ProvisionCostTest {

    @Test
    void anAmountAYearWinsOverHours() {
        assertThat(ProvisionCost.perYear(520_000L, new BigDecimal("10"), 6_500L)).hasValue(520_000L);
    }

    @Test
    void hoursTimesRateRoundedHalfUpToTheCent() {
        // 104 hours of ambulatory support at € 65.00
        assertThat(ProvisionCost.perYear(null, new BigDecimal("104"), 6_500L)).hasValue(676_000L);
        // 2.5 hours at € 0.33 = 0.825 → 83 cents
        assertThat(ProvisionCost.perYear(null, new BigDecimal("2.5"), 33L)).hasValue(83L);
    }

    @Test
    void withoutAmountOrRateThereIsNothingToCommit() {
        assertThat(ProvisionCost.perYear(null, new BigDecimal("3"), null)).isEmpty();
        assertThat(ProvisionCost.perYear(null, null, null)).isEmpty();
    }
}
