package nl.wijknetwerk.cases.wellbeing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.wellbeing.MeasurementSchedule.Status;

/** Request and response bodies of the wellbeing API. */
public final class WellbeingApi {

    private WellbeingApi() {
    }

    @Schema(name = "RecordWellbeing", examples = """
            {"moment": "T0", "score": 3, "measuredOn": "2026-03-02",
             "positiveHealth": {"bodilyFunctions": 5, "mentalWellbeing": 3, "meaning": 4, "qualityOfLife": 3,
                                "participation": 2, "dailyFunctioning": 5}}""")
    public record RecordWellbeing(
            @NotNull Moment moment,
            @NotNull @Min(1) @Max(10) Integer score,
            @Schema(description = "defaults to today in the ward's time zone; not in the future") LocalDate measuredOn,
            @Valid PositiveHealth positiveHealth,
            @Schema(description = "ervaart iemand de hulp als passend: how fitting the resident finds the help, 1-10; "
                    + "only at T1 and T2 (at T0 there is no help yet)") @Min(1) @Max(10) Integer helpFitting) {
    }

    /** The six dimensions of Positieve Gezondheid, each 0–10; any may be left out. */
    public record PositiveHealth(
            @Min(0) @Max(10) Integer bodilyFunctions,
            @Min(0) @Max(10) Integer mentalWellbeing,
            @Schema(description = "meaning in life (zingeving)") @Min(0) @Max(10) Integer meaning,
            @Min(0) @Max(10) Integer qualityOfLife,
            @Schema(description = "taking part (meedoen)") @Min(0) @Max(10) Integer participation,
            @Min(0) @Max(10) Integer dailyFunctioning) {

        static PositiveHealth of(WellbeingMeasurement m) {
            PositiveHealth p = new PositiveHealth(m.bodilyFunctions, m.mentalWellbeing, m.meaning, m.qualityOfLife,
                    m.participation, m.dailyFunctioning);
            return p.isEmpty() ? null : p;
        }

        boolean isEmpty() {
            return bodilyFunctions == null && mentalWellbeing == null && meaning == null && qualityOfLife == null
                    && participation == null && dailyFunctioning == null;
        }
    }

    public record MeasurementView(UUID id, UUID caseId, Moment moment, int score, LocalDate measuredOn,
            String recordedBy, String recordedByOrganisation, PositiveHealth positiveHealth, Integer helpFitting) {

        static MeasurementView of(WellbeingMeasurement m) {
            return new MeasurementView(m.id, m.caseId, m.moment, m.score, m.measuredOn, m.recordedBy,
                    m.recordedByOrganisation, PositiveHealth.of(m), m.helpFitting);
        }
    }

    /** One moment of a case's schedule: measured, or when it is due. */
    public record ScheduledMoment(Moment moment, LocalDate dueFrom, LocalDate overdueAfter, Status status,
            LocalDate measuredOn) {
    }

    public record CaseWellbeing(UUID caseId, LocalDate planAgreedOn, List<MeasurementView> measurements,
            List<ScheduledMoment> schedule,
            @Schema(description = "latest score minus the T0 score, when both exist") Integer change) {
    }

    public record DueMeasurement(UUID caseId, Moment moment, LocalDate dueFrom, LocalDate overdueAfter, Status status,
            String professional) {
    }

    /** Payload of wellbeing-measured: the score and the moment, never the resident's name. */
    public record WellbeingMeasured(UUID caseId, String residentPseudonym, Moment moment, int score,
            LocalDate measuredOn, List<String> professionals, PositiveHealth positiveHealth, Integer helpFitting) {
    }
}
