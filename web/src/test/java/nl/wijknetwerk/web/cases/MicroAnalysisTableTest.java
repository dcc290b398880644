package nl.wijknetwerk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MicroAnalysisTableTest {

    @Test
    void theThreeScenariosStandSideBySidePerFinancingDomainWithZeroWhereAScenarioHasNone() {
        Map<String, Object> analysis = Map.of(
                "current", Map.of("totalCents", 500_000, "byDomainCents", Map.of("HOUSING", 300_000, "ZVW", 200_000)),
                "doNothing", Map.of("totalCents", 9_000_000, "byDomainCents", Map.of("WLZ", 9_000_000)),
                "chosen", Map.of("totalCents", 400_000, "byDomainCents", Map.of("HOUSING", 100_000, "WMO", 300_000)));

        assertThat(MicroAnalysisTable.rows(analysis)).containsExactlyInAnyOrder(
                new MicroAnalysisTable.Row("HOUSING", 300_000, 0, 100_000),
                new MicroAnalysisTable.Row("ZVW", 200_000, 0, 0),
                new MicroAnalysisTable.Row("WLZ", 0, 9_000_000, 0),
                new MicroAnalysisTable.Row("WMO", 0, 0, 300_000));
        assertThat(MicroAnalysisTable.rows(Map.of())).isEqualTo(List.of());
    }
}
