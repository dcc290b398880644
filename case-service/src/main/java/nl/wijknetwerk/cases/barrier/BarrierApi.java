package nl.wijknetwerk.cases.barrier;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the barrier API, and the payloads of its events. */
public final class BarrierApi {

    private BarrierApi() {
    }

    @Schema(name = "ReportBarrier", examples = """
            {"kind": "FUNDING_RULE", "description": "Verhuiskosten vallen niet onder de Wmo-regels van de gemeente",
             "ownerOrganisation": "gemeente-oss"}""")
    public record ReportBarrier(
            @NotNull Barrier.Kind kind,
            @NotBlank @Size(max = 4000) String description,
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$", message = "{wijknetwerk.organisation-slug}") String ownerOrganisation,
            UUID agreementId,
            LocalDate reportedOn) {
    }

    @Schema(name = "ResolveBarrier", examples = """
            {"resolution": "De directeuren spraken af dat verhuiskosten uit het wijkbudget komen"}""")
    public record ResolveBarrier(@NotBlank @Size(max = 4000) String resolution, LocalDate resolvedOn) {
    }

    public record BarrierView(UUID id, UUID caseId, UUID agreementId, Barrier.Kind kind, String description,
            String ownerOrganisation, LocalDate reportedOn, EscalationPolicy.Level level, LocalDate escalatedToManagerOn,
            LocalDate escalatedToDirectorOn, LocalDate resolvedOn, String resolution, long daysOpen) {

        static BarrierView of(Barrier b, LocalDate today) {
            LocalDate until = b.resolvedOn == null ? today : b.resolvedOn;
            return new BarrierView(b.id, b.caseId, b.agreementId, b.kind, b.description, b.ownerOrganisation,
                    b.reportedOn, b.level, b.escalatedToManagerOn, b.escalatedToDirectorOn, b.resolvedOn, b.resolution,
                    EscalationPolicy.daysOpen(b.reportedOn, until));
        }
    }

    public record BarrierReported(UUID caseId, UUID barrierId, Barrier.Kind kind, String ownerOrganisationId, LocalDate reportedOn) {
    }

    public record BarrierResolved(UUID caseId, UUID barrierId, LocalDate resolvedOn, long daysOpen) {
    }

    public record BarrierEscalated(UUID caseId, UUID barrierId, EscalationPolicy.Level level, LocalDate escalatedOn) {
    }
}
