package nl.wijknetwerk.cases.triage;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.triage.TriageApi.ChangeTriageRoute;
import nl.wijknetwerk.cases.triage.TriageApi.TriageView;

/** The triage route of a case (collective directly, guided to collective, individual at home) and its history. */
@Path("/api/wards/{ward}/cases/{id}/triage-route")
@Tag(name = "Cases")
public class TriageResource {

    private final TriageService triage;

    public TriageResource(TriageService triage) {
        this.triage = triage;
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Operation(summary = "The case's triage route now and every change to it, oldest first")
    public TriageView get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        return triage.of(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Operation(summary = "Change the triage route (often only clear after the intake); the earlier route stays in the history")
    @APIResponse(responseCode = "200", description = "Changed; triage-route-changed is published")
    public TriageView change(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull ChangeTriageRoute request) {
        return triage.change(ward, id, request);
    }
}
