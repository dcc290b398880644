package nl.wijknetwerk.network.pulse;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Request and response bodies of the MOOI WERK pulse API, and the payload of its event. */
public final class PulseApi {

    private PulseApi() {
    }

    @Schema(name = "SubmitPulse", description = "For the current quarter; at most once per professional per quarter",
            examples = """
                    {"workSatisfaction": 8, "collaboration": 9}""")
    public record SubmitPulse(
            @NotNull @Min(value = 1, message = "{wijknetwerk.score}") @Max(value = 10, message = "{wijknetwerk.score}") Integer workSatisfaction,
            @NotNull @Min(value = 1, message = "{wijknetwerk.score}") @Max(value = 10, message = "{wijknetwerk.score}") Integer collaboration) {
    }

    /** What the professional gets back: the receipt, not the scores. */
    public record PulseReceipt(String period) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PulseAggregate", examples = """
            {"period": "2025-Q1", "closed": true, "published": true, "minimumGroupSize": 5, "respondents": 23,
             "workSatisfactionAverage": 8.4, "collaborationAverage": 9.2}""")
    public record AggregateView(String period, boolean closed, boolean published, int minimumGroupSize, Integer respondents,
            BigDecimal workSatisfactionAverage, BigDecimal collaborationAverage) {

        static AggregateView of(PulsePeriod p, int minimumGroupSize) {
            boolean published = p.workSatisfactionAverage != null;
            return new AggregateView(p.period, true, published, minimumGroupSize, published ? p.respondents : null,
                    p.workSatisfactionAverage, p.collaborationAverage);
        }
    }

    /** Payload of pulse-aggregated. */
    public record PulseAggregated(String period, int respondents, BigDecimal workSatisfactionAverage, BigDecimal collaborationAverage) {
    }
}
