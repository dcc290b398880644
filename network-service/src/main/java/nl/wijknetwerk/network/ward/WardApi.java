package nl.wijknetwerk.network.ward;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.shared.ward.Ward;

/** Request and response bodies of the ward API. */
public final class WardApi {

    private WardApi() {
    }

    @Schema(name = "OnboardWard", examples = """
            {"slug": "ussen", "name": "Ussen", "municipality": "Oss", "timeZone": "Europe/Amsterdam", "startDate": "2023-01-01"}""")
    public record OnboardWard(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "{wijknetwerk.ward-slug}") String slug,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String municipality,
            @ValidZone String timeZone,
            @NotNull LocalDate startDate) {
    }

    public record WardView(String slug, String name, String municipality, String timeZone, LocalDate startDate,
            Ward.Status status, Instant createdAt) {

        static WardView of(WardEntity w) {
            return new WardView(w.slug, w.name, w.municipality, w.timeZone, w.startDate, w.status, w.createdAt);
        }
    }

    public record StatusChange(@Size(max = 500) String reason) {
    }

    /** Payload of ward lifecycle events. */
    public record WardOnboarded(String slug, String name, String municipality, String timeZone, LocalDate startDate) {
    }

    public record WardStatusChanged(String slug, String reason) {
    }
}
