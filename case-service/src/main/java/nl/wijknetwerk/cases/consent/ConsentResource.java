package nl.wijknetwerk.cases.consent;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.consent.ConsentApi.ConsentView;
import nl.wijknetwerk.cases.consent.ConsentApi.Consents;
import nl.wijknetwerk.cases.consent.ConsentApi.RecordConsent;

/** The resident's consent to share their case: given, refused or withdrawn, and who sees the case because of it. */
@Path("/api/wards/{ward}/cases/{id}/consents")
@Tag(name = "Consent")
public class ConsentResource {

    private final CaseAccess access;
    private final ConsentService consents;

    public ConsentResource(CaseAccess access, ConsentService consents) {
        this.access = access;
        this.consents = consents;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Record the resident's decision about sharing the case",
            description = "GIVEN lets the organisations named, when invited to one of the case's tables, read the case; "
                    + "REFUSED or WITHDRAWN ends their access at once. The resident may record their own decision, e.g. withdraw.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response record(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull RecordConsent request) {
        // A resident decides about their own case; a professional records it for them.
        CaseFile c = access.isResidentOnly() ? access.forRead(id, "consent.record") : access.forChange(id, "consent.record");
        Consent k = consents.record(c, request);
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + id + "/consents/" + k.id))
                .entity(ConsentView.of(k)).build();
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Who sees the case now, and the resident's consent decisions, oldest first")
    @APIResponse(responseCode = "200", description = "Sharing and decisions")
    public Consents list(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = access.forRead(id, "consent.read");
        return consents.consentsOf(c.id);
    }
}
