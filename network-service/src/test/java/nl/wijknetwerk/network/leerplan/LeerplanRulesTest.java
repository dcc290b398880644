package nl.wijknetwerk.network.leerplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeerplanRulesTest {

    @Test
    void aStepIsReachedAtItsTargetAndTheWardsTargetOverridesTheDefault() {
        Leerplan plan = Leerplan.of("anna", Map.of(LeerplanStep.ORGANISE_MDO, 2, LeerplanStep.ATTEND_LEERSESSIES, 6),
                Map.of(LeerplanStep.ORGANISE_MDO, 2));
        assertThat(plan.step(LeerplanStep.ORGANISE_MDO)).extracting("count", "target", "reached").containsExactly(2, 2, true);
        assertThat(plan.step(LeerplanStep.ATTEND_LEERSESSIES).target()).isEqualTo(LeerplanStep.ATTEND_LEERSESSIES.defaultTarget());
        assertThat(plan.step(LeerplanStep.ATTEND_LEERSESSIES).reached()).isTrue();
        assertThat(plan.step(LeerplanStep.POSITIVE_FEEDBACK)).extracting("count", "reached").containsExactly(0, false);
        assertThat(plan.stepsReached()).isEqualTo(2);
        assertThat(plan.completed()).isFalse();
        assertThat(plan.steps()).hasSize(LeerplanStep.values().length);
    }

    @Test
    void thePlanIsCompletedWhenEveryStepIsReached() {
        Map<LeerplanStep, Integer> counts = new EnumMap<>(LeerplanStep.class);
        for (LeerplanStep step : LeerplanStep.values()) {
            counts.put(step, step.defaultTarget());
        }
        assertThat(Leerplan.of("anna", counts, Map.of()).completed()).isTrue();
        counts.put(LeerplanStep.AMBASSADOR, 0);
        assertThat(Leerplan.of("anna", counts, Map.of()).completed()).isFalse();
    }

    @Test
    void onlyTheOccurrenceThatReachesTheTargetCompletesTheStep() {
        assertThat(Leerplan.completes(2, 3, 3)).isTrue();
        assertThat(Leerplan.completes(3, 4, 3)).isFalse();
        assertThat(Leerplan.completes(1, 2, 3)).isFalse();
        assertThat(Leerplan.completes(0, 0, 0)).isFalse();
    }
}
