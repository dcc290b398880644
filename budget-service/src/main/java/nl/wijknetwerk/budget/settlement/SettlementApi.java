package nl.wijknetwerk.budget.settlement;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the year-end settlement. */
public final class SettlementApi {

    private SettlementApi() {
    }

    @Schema(name = "SettlementRequest", examples = "{\"confirm\": true}")
    public record SettlementRequest(
            @Schema(description = "false: show what the settlement would be and write nothing; true: settle the year, finally")
            @NotNull Boolean confirm) {
    }

    public enum Status {
        PREVIEW, CONFIRMED
    }

    public record SettlementView(int year, Status status, long budgetCents, long spentCents, long surplusCents,
            boolean shortfall, long residentsCents, long municipalityCents, long providersCents, List<ShareView> providers,
            String remainderRule, String confirmedBy, Instant confirmedAt) {
    }

    public record ShareView(String providerId, long lumpSumCents, long shareCents) {
    }

    /** Payload of budget.year-settled: totals only. */
    public record YearSettled(int year, long budgetCents, long spentCents, long surplusCents, long residentsCents,
            long municipalityCents, long providersCents) {
    }
}
