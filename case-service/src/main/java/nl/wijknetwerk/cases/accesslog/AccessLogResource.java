package nl.wijknetwerk.cases.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.cases.resident.ResidentAccess;

/** Shows a resident who looked at or changed their data and cases (NEN 7513). */
@Path("/api/wards/{ward}/residents/{id}/access-log")
@Tag(name = "Access log")
public class AccessLogResource {

    private final ResidentAccess residents;
    private final AccessLog log;
    private final CaseQueries caseQueries;

    public AccessLogResource(ResidentAccess residents, AccessLog log, CaseQueries caseQueries) {
        this.residents = residents;
        this.log = log;
        this.caseQueries = caseQueries;
    }

    /** {@code onBehalfOf} as a signed token says; {@code claimedOnBehalfOf} what the caller's header said, unverified. */
    public record Entry(Instant at, String actor, String actorRole, String organisation, String onBehalfOf,
            String claimedOnBehalfOf, UUID caseId, String action, AccessLogEntry.Outcome outcome) {
    }

    @GET
    @RolesAllowed({ Roles.RESIDENT, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "The access log of a resident's data, oldest first",
            description = "For the resident themselves (and the coordinator answering their questions); reading it is logged too.")
    @APIResponse(responseCode = "200", description = "Every read and write of the resident's record and cases, including refused attempts")
    public List<Entry> get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        Resident r = residents.forSelf(id, "resident.access-log.read");
        List<UUID> cases = caseQueries.ofResident(r.id).stream().map(c -> c.id).toList();
        return log.ofResident(r.id, cases).stream().map(e -> new Entry(e.at, e.actor, e.actorRole, e.organisation,
                e.onBehalfOf, e.claimedOnBehalfOf, e.caseId, e.action, e.outcome)).toList();
    }
}
