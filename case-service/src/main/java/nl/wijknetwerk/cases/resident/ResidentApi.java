package nl.wijknetwerk.cases.resident;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the resident API. Personal data: these never leave case-service in events. */
public final class ResidentApi {

    private ResidentApi() {
    }

    @Schema(name = "RegisterResident", examples = """
            {"name": "Mevrouw J. de Vries", "phone": "0412-123456", "street": "Ruwaardsingel 12",
             "postalCode": "5341 AB", "city": "Oss", "dateOfBirth": "1961-04-02",
             "household": "Married couple, no children at home", "householdSize": 2}""")
    public record RegisterResident(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 40) String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 200) String street,
            @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Z]{2}$", message = "{wijknetwerk.postal-code}") String postalCode,
            @Size(max = 100) String city,
            @Past LocalDate dateOfBirth,
            @Size(max = 500) String household,
            @Min(1) @Max(20) Integer householdSize,
            @Size(max = 200) String account) {
    }

    public record ResidentView(UUID id, String pseudonym, String name, String phone, String email, String street,
            String postalCode, String city, LocalDate dateOfBirth, String household, Integer householdSize) {

        static ResidentView of(Resident r) {
            return new ResidentView(r.id, r.pseudonym, r.name, r.phone, r.email, r.street, r.postalCode, r.city,
                    r.dateOfBirth, r.household, r.householdSize);
        }
    }

    @Schema(name = "AddNetworkMember", examples = """
            {"name": "Kees (neighbour)", "relation": "NEIGHBOUR", "contact": "06-12345678"}""")
    public record AddNetworkMember(
            @NotBlank @Size(max = 200) String name,
            @NotNull NetworkMember.Relation relation,
            @Size(max = 200) String contact) {
    }

    public record NetworkMemberView(UUID id, String name, NetworkMember.Relation relation, String contact) {

        static NetworkMemberView of(NetworkMember m) {
            return new NetworkMemberView(m.id, m.name, m.relation, m.contact);
        }
    }
}
