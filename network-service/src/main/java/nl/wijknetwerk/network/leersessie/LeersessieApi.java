package nl.wijknetwerk.network.leersessie;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wijknetwerk.network.leersessie.Leersessie.Kind;
import nl.wijknetwerk.network.leersessie.Leersessie.SessionTable;

/** Request and response bodies of the leersessie API, and the payloads of its events. */
public final class LeersessieApi {

    private LeersessieApi() {
    }

    @Schema(name = "PlanLeersessie", examples = """
            {"kind": "PROFESSIONALS_BIWEEKLY", "heldOn": "2025-03-13", "theme": "schulden",
             "tables": ["PLENARY", "NEWCOMERS", "INDIVIDUAL_CASES", "NETWORKING_MDOS"]}""")
    public record PlanLeersessie(@NotNull Kind kind, @NotNull LocalDate heldOn, @Size(max = 200) String theme,
            Set<@NotNull SessionTable> tables) {
    }

    @Schema(name = "RecordAttendance", description = "Professionals by account id (it counts for their leerplan); other groups as counts",
            examples = """
                    {"professionals": ["anna", "bram"], "managers": 2, "directors": 0, "residents": 3}""")
    public record RecordAttendance(@NotNull List<@NotBlank String> professionals, @Min(0) @Max(500) int managers,
            @Min(0) @Max(500) int directors, @Min(0) @Max(500) int residents) {
    }

    public record Attendance(int professionals, int managers, int residents, int directors) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LeersessieView(UUID id, Kind kind, LocalDate heldOn, String theme, List<String> tables, boolean held,
            Attendance attendance, List<String> attendingProfessionals) {

        static LeersessieView of(Leersessie s) {
            return new LeersessieView(s.id, s.kind, s.heldOn, s.theme, s.tables, s.held(),
                    s.held() ? attendance(s) : null, s.held() ? s.attendingProfessionals : null);
        }

        static Attendance attendance(Leersessie s) {
            return new Attendance(s.attendingProfessionals.size(), s.attendingManagers, s.attendingResidents, s.attendingDirectors);
        }
    }

    @Schema(name = "IntervisionRound", examples = """
            {"leaderId": "bram", "contributorId": "anna", "participants": ["dirk", "eva", "fatima", "gert"],
             "question": "Hoe krijg ik de huisbaas aan tafel?", "reformulatedQuestion": "Wat heeft de huisbaas nodig om mee te doen?",
             "advice": ["Nodig hem uit bij de bewoner thuis", "Vraag BrabantWonen om een introductie"],
             "contributorAskedBack": "Wie kent hem al?", "helped": true, "tomorrow": "Ik bel de wijkbeheerder",
             "stillNeeded": "Een aanjager die meegaat", "outOfTheBoxAdvice": ["Organiseer een buurtbarbecue"]}""")
    public record RecordIntervisionRound(
            @NotBlank String leaderId,
            @NotBlank String contributorId,
            @Size(max = 6, message = "{wijknetwerk.intervision-group}")
            List<@NotBlank String> participants,
            @NotBlank @Size(max = 2000) String question,
            @Size(max = 2000) String reformulatedQuestion,
            @NotEmpty List<@NotBlank @Size(max = 2000) String> advice,
            @Size(max = 2000) String contributorAskedBack,
            Boolean helped,
            @Size(max = 2000) String tomorrow,
            @Size(max = 2000) String stillNeeded,
            List<@NotBlank @Size(max = 2000) String> outOfTheBoxAdvice) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntervisionRoundView(UUID id, UUID leersessieId, String leaderId, String contributorId, List<String> participants,
            String question, String reformulatedQuestion, List<String> advice, String contributorAskedBack, Boolean helped,
            String tomorrow, String stillNeeded, List<String> outOfTheBoxAdvice) {

        static IntervisionRoundView of(IntervisionRound r) {
            return new IntervisionRoundView(r.id, r.leersessieId, r.leaderId, r.contributorId, r.participants, r.question,
                    r.reformulatedQuestion, r.advice, r.contributorAskedBack, r.helped, r.tomorrow, r.stillNeeded, r.outOfTheBoxAdvice);
        }
    }

    @Schema(name = "ReflectionCard", examples = """
            {"learnt": "Vragen wat iemand zelf kan", "struck": "Hoe snel collega's kwamen", "suggestion": "Vaker met de GGD",
             "toShare": "De huisarts wil aansluiten"}""")
    public record WriteReflectionCard(@Size(max = 2000) String learnt, @Size(max = 2000) String struck,
            @Size(max = 2000) String suggestion, @Size(max = 2000) String toShare) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReflectionCardView(UUID id, String learnt, String struck, String suggestion, String toShare) {

        static ReflectionCardView of(ReflectionCard c) {
            return new ReflectionCardView(c.id, c.learnt, c.struck, c.suggestion, c.toShare);
        }
    }

    /** Payload of leersessie-held: attendance counts by group only. */
    public record LeersessieHeld(UUID sessionId, Kind kind, LocalDate heldOn, Attendance attendance, int tables) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntervisionCompleted(UUID sessionId, UUID roundId, String leaderId, String contributorId, Boolean helped) {
    }
}
