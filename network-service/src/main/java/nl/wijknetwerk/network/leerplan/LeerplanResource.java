package nl.wijknetwerk.network.leerplan;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.leerplan.LeerplanApi.LeerplanView;
import nl.wijknetwerk.network.leerplan.LeerplanApi.RecordStep;
import nl.wijknetwerk.network.leerplan.LeerplanApi.Targets;
import nl.wijknetwerk.network.professional.NetworkMembers;
import nl.wijknetwerk.network.professional.Professional;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Leerplannen of the ward's professionals and the ward's targets for them. */
@Path("/api/wards/{ward}")
@Tag(name = "Leerplan")
@Authenticated
public class LeerplanResource {

    private final LeerplanService leerplan;
    private final WardContext context;
    private final WardCalendar calendar;
    private final NetworkMembers members;

    public LeerplanResource(LeerplanService leerplan, WardContext context, WardCalendar calendar, NetworkMembers members) {
        this.leerplan = leerplan;
        this.context = context;
        this.calendar = calendar;
        this.members = members;
    }

    @GET
    @Path("professionals/{id}/leerplan")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.MANAGER, Roles.COORDINATOR, Roles.DIRECTOR })
    @Operation(summary = "A professional's leerplan: each step's count against the ward's target",
            description = "Counted automatically from leersessies, intervision rounds and case-service events; two steps are recorded.")
    @APIResponse(responseCode = "200", description = "The leerplan")
    @APIResponse(responseCode = "404", description = "Not a professional of this ward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeerplanView get(@PathParam("ward") String ward, @PathParam("id") String id) {
        Professional professional = members.find(id);
        return LeerplanView.of(professional.name, leerplan.of(professional.accountId));
    }

    @POST
    @Path("professionals/{id}/leerplan/steps")
    @RolesAllowed({ Roles.MANAGER, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Record a step nothing else observes: a Samenwerkplan conversation held or an experience shared")
    @APIResponse(responseCode = "422", description = "The step is counted automatically, or the date lies in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeerplanView record(@PathParam("ward") String ward, @PathParam("id") String id, @Valid @NotNull RecordStep request) {
        Professional professional = members.find(id);
        if (request.step().source() != LeerplanStep.Source.RECORDED) {
            throw ProblemException.unprocessable("step", new Objection(request.step() + " is counted automatically (" + request.step().source() + ")",
                    "deze stap telt vanzelf mee (" + request.step().source() + ")"));
        }
        if (request.on().isAfter(calendar.today(ward))) {
            throw ProblemException.unprocessable("on", new Objection("lies in the future", "ligt in de toekomst"));
        }
        leerplan.credit(ward, professional.accountId, request.step(), "recorded:" + UUID.randomUUID(), request.on());
        return LeerplanView.of(professional.name, leerplan.of(professional.accountId));
    }

    @GET
    @Path("leerplan/targets")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.MANAGER, Roles.COORDINATOR, Roles.DIRECTOR })
    @Operation(summary = "The ward's target count per leerplan step")
    public Map<LeerplanStep, Integer> targets(@PathParam("ward") String ward) {
        return LeerplanTarget.ofWard();
    }

    @PUT
    @Path("leerplan/targets")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER })
    @Transactional
    @Operation(summary = "Set the ward's own target for some leerplan steps", description = "Steps not named keep their target.")
    @APIResponse(responseCode = "400", description = "A target outside 0-100 or an unknown step",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<LeerplanStep, Integer> setTargets(@PathParam("ward") String ward, @Valid @NotNull Targets request) {
        request.targets().forEach((step, target) -> {
            LeerplanTarget row = LeerplanTarget.<LeerplanTarget> find("step", step).firstResultOptional().orElseGet(() -> {
                LeerplanTarget created = new LeerplanTarget();
                created.id = UUID.randomUUID();
                created.ward = context.requireWard();
                created.step = step;
                return created;
            });
            row.target = target;
            row.persist();
        });
        return LeerplanTarget.ofWard();
    }
}
