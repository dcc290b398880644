package nl.wijknetwerk.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FundedProvisionTest {

    private static FundedProvision hours(String hours, long rateCents) {
        FundedProvision p = new FundedProvision();
        p.category = FundedProvision.Category.MAATWERK;
        p.hoursPerYear = new BigDecimal(hours);
        p.hourlyRateCents = rateCents;
        return p;
    }

    @Test
    void weeklyHouseholdHelpIsHoursTimesRateToTheCent() {
        // two hours a week for 52 weeks at EUR 31.50
        assertThat(hours("104", 3150).yearlyCents()).isEqualTo(327_600L);
    }

    @Test
    void fractionsOfACentRoundHalfUp() {
        assertThat(hours("0.5", 3).yearlyCents()).isEqualTo(2L); // 1.5 cents
        assertThat(hours("2.25", 3333).yearlyCents()).isEqualTo(7499L); // 7499.25 cents
    }

    @Test
    void aFixedAmountAYearIsTakenAsIs() {
        FundedProvision p = new FundedProvision();
        p.category = FundedProvision.Category.PROVIDER;
        p.amountCentsPerYear = 850_000L;
        assertThat(p.yearlyCents()).isEqualTo(850_000L);
    }

    @Test
    void eitherAnAmountOrHoursWithARate() {
        assertThat(FundedProvision.invalidFigures(100L, null, null)).isNull();
        assertThat(FundedProvision.invalidFigures(null, BigDecimal.TEN, 100L)).isNull();
        assertThat(FundedProvision.invalidFigures(null, null, null)).isNotNull();
        assertThat(FundedProvision.invalidFigures(100L, BigDecimal.TEN, 100L)).isNotNull();
        assertThat(FundedProvision.invalidFigures(null, BigDecimal.TEN, null)).isNotNull();
    }

    @Test
    void anAgreementDoneOnItsDueDateIsOnTime() {
        LocalDate due = LocalDate.of(2027, 2, 1);
        assertThat(Agreement.onTime(due, due)).isTrue();
        assertThat(Agreement.onTime(due, due.plusDays(1))).isFalse();
        assertThat(Agreement.onTime(null, due)).isTrue();
    }
}
