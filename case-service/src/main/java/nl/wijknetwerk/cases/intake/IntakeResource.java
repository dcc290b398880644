package nl.wijknetwerk.cases.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.shared.problem.ProblemException;

/** The intake of a case: ik wil / ik kan / ik heb nodig in the resident's own words, versioned. */
@Path("/api/wards/{ward}/cases/{id}/intake")
@Tag(name = "Intake")
public class IntakeResource {

    private final CaseAccess access;
    private final IntakeService intakes;

    public IntakeResource(CaseAccess access, IntakeService intakes) {
        this.access = access;
        this.intakes = intakes;
    }

    @Schema(name = "RecordIntake", examples = """
            {"iWant": "Weer rustig slapen, weg uit deze flat.",
             "iCan": "Zelf verhuisdozen inpakken; mijn broer helpt met de verhuizing.",
             "iNeed": "Een woning in een rustige straat en hulp bij het regelen."}""")
    public record RecordIntake(
            @JsonProperty("iWant") @NotBlank @Size(max = 4000) String iWant,
            @JsonProperty("iCan") @NotBlank @Size(max = 4000) String iCan,
            @JsonProperty("iNeed") @NotBlank @Size(max = 4000) String iNeed) {
    }

    public record IntakeView(int version, @JsonProperty("iWant") String iWant, @JsonProperty("iCan") String iCan,
            @JsonProperty("iNeed") String iNeed, String recordedBy, LocalDate recordedOn) {

        static IntakeView of(IntakeVersion v) {
            return new IntakeView(v.version, v.iWant, v.iCan, v.iNeed, v.recordedBy, v.recordedOn);
        }
    }

    /** Payload of intake-recorded: no text leaves case-service. */
    public record IntakeRecorded(UUID caseId, int version, LocalDate recordedOn) {
    }

    @PUT
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Record the resident's answers (a new version)")
    @APIResponse(responseCode = "200", description = "The new version")
    public IntakeView record(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull RecordIntake request) {
        IntakeVersion v = intakes.record(ward, id, request);
        return IntakeView.of(v);
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "The current intake")
    @APIResponse(responseCode = "200", description = "The latest version")
    public IntakeView current(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = access.forRead(id, "intake.read");
        IntakeVersion v = IntakeVersion.find("caseId = ?1 order by version desc", c.id).firstResult();
        if (v == null) {
            throw ProblemException.notFound("intake of case", id);
        }
        return IntakeView.of(v);
    }

    @GET
    @Path("versions")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Every version of the intake, oldest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<IntakeView> versions(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = access.forRead(id, "intake.read");
        return intakes.versions(c.id).stream().map(IntakeView::of).toList();
    }
}
