package nl.wijknetwerk.network.leerplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the leerplan API. */
public final class LeerplanApi {

    private LeerplanApi() {
    }

    @Schema(name = "Leerplan", examples = """
            {"professionalId": "anna", "name": "Anna de Vries", "stepsReached": 1, "completed": false,
             "steps": [{"step": "ORGANISE_MDO", "count": 1, "target": 3, "reached": false, "source": "CASE_SERVICE"}]}""")
    public record LeerplanView(String professionalId, String name, long stepsReached, boolean completed, List<StepView> steps) {

        static LeerplanView of(String name, Leerplan plan) {
            return new LeerplanView(plan.professionalId(), name, plan.stepsReached(), plan.completed(),
                    plan.steps().stream().map(s -> new StepView(s.step(), s.count(), s.target(), s.reached(), s.step().source())).toList());
        }
    }

    public record StepView(LeerplanStep step, int count, int target, boolean reached, LeerplanStep.Source source) {
    }

    @Schema(name = "LeerplanTargets", examples = """
            {"targets": {"ATTEND_LEERSESSIES": 10, "ORGANISE_MDO": 2}}""")
    public record Targets(@NotEmpty Map<@NotNull LeerplanStep, @NotNull @Min(0) @Max(100) Integer> targets) {
    }

    @Schema(name = "RecordLeerplanStep", description = "A step nothing else observes, recorded by a manager or coordinator",
            examples = """
                    {"step": "SAMENWERKPLAN_CONVERSATION", "on": "2025-03-14", "note": "intake with a family in Ruwaard-Oost"}""")
    public record RecordStep(@NotNull LeerplanStep step, @NotNull LocalDate on, @Size(max = 500) String note) {
    }
}
