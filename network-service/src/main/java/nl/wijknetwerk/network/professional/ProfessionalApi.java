package nl.wijknetwerk.network.professional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wijknetwerk.network.professional.Professional.Role;

/** Request and response bodies of the professional API, and the payloads of its events. */
public final class ProfessionalApi {

    static final String ACCOUNT_ID = "[A-Za-z0-9][A-Za-z0-9._@-]{0,199}";

    private ProfessionalApi() {
    }

    @Schema(name = "RegisterProfessional", examples = """
            {"accountId": "anna", "name": "Anna de Vries", "organisationId": "ons-welzijn", "discipline": "wijkcoach",
             "roles": ["AANJAGER"]}""")
    public record RegisterProfessional(
            @NotBlank @Pattern(regexp = ACCOUNT_ID, message = "{wijknetwerk.account-id}") String accountId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank String organisationId,
            @Size(max = 200) String discipline,
            Set<@NotNull Role> roles) {
    }

    @Schema(name = "ChangeProfessional", description = "Replaces the professional's details; active=false means they left the ward network.",
            examples = """
                    {"name": "Anna de Vries", "organisationId": "ons-welzijn", "discipline": "wijkcoach", "roles": ["AANJAGER"], "active": true}""")
    public record ChangeProfessional(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String organisationId,
            @Size(max = 200) String discipline,
            Set<@NotNull Role> roles,
            @NotNull Boolean active) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfessionalView(String id, String name, String organisationId, String discipline, List<String> roles,
            boolean active, LocalDate joinedOn, LocalDate leftOn) {

        static ProfessionalView of(Professional p) {
            return new ProfessionalView(p.accountId, p.name, p.organisationId, p.discipline, p.roles.stream().sorted().toList(),
                    p.active, p.joinedOn, p.leftOn);
        }

        /** White-label: residents meet the ward network; the employer is kept for governance, not shown to them. */
        ProfessionalView withoutOrganisation() {
            return new ProfessionalView(id, name, null, discipline, roles, active, joinedOn, leftOn);
        }
    }

    public record ProfessionalJoined(String professionalId, String organisationId, String discipline, List<String> roles) {
    }

    public record ProfessionalLeft(String professionalId, String organisationId) {
    }
}
