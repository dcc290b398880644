package nl.wijknetwerk.cases.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.casefile.CaseOrganisation;

/** Request and response bodies of the consent API. */
public final class ConsentApi {

    private ConsentApi() {
    }

    @Schema(name = "RecordConsent", examples = """
            {"decision": "GIVEN", "organisations": ["brabantwonen", "interzorg"], "decidedBy": "RESIDENT",
             "decidedOn": "2026-12-03", "mdoId": "5b1f0c1e-2d6a-4c1e-9f43-1d2e3f4a5b6c"}""",
            description = "The resident's decision about sharing this case with the organisations named. decidedBy defaults to "
                    + "RESIDENT, decidedOn to today; mdoId names the table where it was decided, if it was.")
    public record RecordConsent(
            @NotNull Consent.Decision decision,
            @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$",
                    message = "{wijknetwerk.organisation-slug}") String> organisations,
            Consent.DecidedBy decidedBy,
            LocalDate decidedOn,
            UUID mdoId) {
    }

    public record ConsentView(UUID id, UUID caseId, Consent.Decision decision, List<String> organisations,
            Consent.DecidedBy decidedBy, LocalDate decidedOn, UUID mdoId, String recordedBy,
            String recordedByOrganisation, Instant recordedAt) {

        public static ConsentView of(Consent c) {
            return new ConsentView(c.id, c.caseId, c.decision, List.copyOf(c.organisations), c.decidedBy, c.decidedOn,
                    c.mdoId, c.recordedBy, c.recordedByOrganisation, c.recordedAt);
        }
    }

    /** Who sees the case now, and every decision the resident took about it. */
    public record Consents(List<Sharing> sharing, List<ConsentView> decisions) {
    }

    /** An organisation linked to the case and what it may see of it now. */
    public record Sharing(String organisation, CaseOrganisation.Via via, CaseOrganisation.Scope scope,
            LocalDate leftWardOn) {
    }

    /** Payload of consent-recorded: pseudonymous, the decision and the organisations, never who the resident is. */
    public record ConsentRecorded(UUID caseId, UUID consentId, String residentPseudonym, Consent.Decision decision,
            List<String> organisations, Consent.DecidedBy decidedBy, LocalDate decidedOn, UUID mdoId) {
    }
}
