package nl.wijknetwerk.cases.microanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CaseTypeTest {

    private static Pricing.ScenarioTotal total(long cents) {
        return new Pricing.ScenarioTotal(cents, Map.of());
    }

    @Test
    void anExistingCaseIsJudgedAgainstItsCurrentSituationANewOneAgainstDoingNothing() {
        Pricing.Outcome outcome = new Pricing.Outcome(total(1_000_000), total(2_000_000), total(600_000));
        assertThat(CaseType.EXISTING.savingCents(outcome)).isEqualTo(400_000);
        assertThat(CaseType.NEW.savingCents(outcome)).isEqualTo(1_400_000);
    }

    @Test
    void withoutATypeGivenNoCurrentCostMeansANewCase() {
        assertThat(CaseType.of(null, 0)).isEqualTo(CaseType.NEW);
        assertThat(CaseType.of(null, 1)).isEqualTo(CaseType.EXISTING);
        assertThat(CaseType.of(CaseType.NEW, 5_000)).isEqualTo(CaseType.NEW);
    }
}
