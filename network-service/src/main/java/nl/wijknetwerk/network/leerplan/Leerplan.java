package nl.wijknetwerk.network.leerplan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A professional's progress through the leerplan: per step how often it was done against the ward's target. */
public record Leerplan(String professionalId, List<StepProgress> steps) {

    public record StepProgress(LeerplanStep step, int count, int target, boolean reached) {
    }

    /**
     * @param counts  how often each step was done (absent = never)
     * @param targets the ward's targets (absent = the step's default)
     */
    public static Leerplan of(String professionalId, Map<LeerplanStep, Integer> counts, Map<LeerplanStep, Integer> targets) {
        return new Leerplan(professionalId, Arrays.stream(LeerplanStep.values()).map(step -> {
            int count = counts.getOrDefault(step, 0);
            int target = targets.getOrDefault(step, step.defaultTarget());
            return new StepProgress(step, count, target, count >= target);
        }).toList());
    }

    public long stepsReached() {
        return steps.stream().filter(StepProgress::reached).count();
    }

    public boolean completed() {
        return steps.stream().allMatch(StepProgress::reached);
    }

    public StepProgress step(LeerplanStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    /** A step is completed by the one occurrence that lifts its count to the target, not by later ones. */
    public static boolean completes(int countBefore, int countAfter, int target) {
        return countBefore < target && countAfter >= target;
    }
}
