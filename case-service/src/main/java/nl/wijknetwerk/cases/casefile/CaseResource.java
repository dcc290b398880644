package nl.wijknetwerk.cases.casefile;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.cases.casefile.CaseApi.CaseOpened;
import nl.wijknetwerk.cases.casefile.CaseApi.CaseView;
import nl.wijknetwerk.cases.casefile.CaseApi.OpenCase;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;
import nl.wijknetwerk.shared.ward.WardDirectory;

/** Cases of a ward: opened by a professional (or the resident) whenever they think the Samenwerkwijze is needed. */
@Path("/api/wards/{ward}/cases")
@Tag(name = "Cases")
public class CaseResource {

    private final Outbox outbox;
    private final WardContext context;
    private final WardDirectory wards;

    public CaseResource(Outbox outbox, WardContext context, WardDirectory wards) {
        this.outbox = outbox;
        this.context = context;
        this.wards = wards;
    }

    @POST
    @RolesAllowed({ "professional", "coordinator", "resident" })
    @Transactional
    @Operation(summary = "Open a case (individual or collective)")
    public Response open(@PathParam("ward") String ward, @Valid @NotNull OpenCase request) {
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.kind = request.kind();
        c.question = request.question().strip();
        c.lifeDomains = request.lifeDomains() == null ? List.of() : List.copyOf(request.lifeDomains());
        c.startedBy = request.startedBy();
        c.triageRoute = request.triageRoute();
        c.status = CaseFile.Status.OPEN;
        c.openedBy = context.user();
        c.openedByOrganisation = context.organisation();
        c.openedOn = LocalDate.now(wards.find(ward).orElseThrow().zone());
        c.createdAt = Instant.now();
        c.persist();
        outbox.publish(EventTypes.CASE_OPENED, ward, c.id.toString(), new CaseOpened(c.id, c.kind, null, c.startedBy,
                c.openedByOrganisation, c.lifeDomains, c.triageRoute, c.openedOn));
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + c.id)).entity(CaseView.of(c)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "professional", "coordinator", "manager" })
    @Operation(summary = "One case of the ward")
    public CaseView get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        return CaseView.of(find(ward, id));
    }

    @GET
    @RolesAllowed({ "professional", "coordinator", "manager" })
    @Operation(summary = "The cases of the ward, newest first")
    public List<CaseView> list(@PathParam("ward") String ward) {
        return CaseFile.<CaseFile> list("order by createdAt desc").stream().map(CaseView::of).toList();
    }

    /** Another ward's case is simply not found here, whatever its id: the tenant filter does not return it. */
    static CaseFile find(String ward, UUID id) {
        CaseFile c = CaseFile.findById(id);
        if (c == null || !ward.equals(c.ward)) {
            throw ProblemException.notFound("case", id);
        }
        return c;
    }
}
