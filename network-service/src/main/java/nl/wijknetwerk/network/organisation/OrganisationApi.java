package nl.wijknetwerk.network.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.network.organisation.Organisation.Sector;
import nl.wijknetwerk.network.organisation.Participation.Kind;

/** Request and response bodies of the organisation API, and the payloads of its events. */
public final class OrganisationApi {

    private OrganisationApi() {
    }

    @Schema(name = "RegisterOrganisation", examples = """
            {"id": "ons-welzijn", "name": "Ons Welzijn", "sector": "WELFARE"}""")
    public record RegisterOrganisation(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "{wijknetwerk.organisation-id}") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull Sector sector) {
    }

    public record OrganisationView(String id, String name, Sector sector) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.name, o.sector);
        }
    }

    @Schema(name = "TakePart", examples = """
            {"participation": "FINANCIAL_EXPERIMENT", "since": "2024-01-01"}""")
    public record TakePart(@NotNull Kind participation, @NotNull LocalDate since) {
    }

    @Schema(name = "Leave", examples = """
            {"until": "2025-12-31"}""")
    public record Leave(@NotNull LocalDate until) {
    }

    public record ParticipationView(String organisationId, String name, Sector sector, Kind participation, LocalDate since,
            LocalDate until) {

        static ParticipationView of(Participation p) {
            return new ParticipationView(p.organisation.id, p.organisation.name, p.organisation.sector, p.kind, p.since, p.until);
        }
    }

    /** Payload of organisation-joined: budget-service learns from it which providers share the ward budget. */
    public record OrganisationJoined(String organisationId, String name, Sector sector, Kind participation, LocalDate since) {
    }

    public record OrganisationLeft(String organisationId, LocalDate until) {
    }
}
