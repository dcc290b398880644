package nl.wijknetwerk.cases.microanalysis;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.AnalyseCase;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.AnalysisView;
import nl.wijknetwerk.cases.wellbeing.CaseLookup;
import nl.wijknetwerk.shared.problem.ProblemException;

/** Micro-analyses of a case: its social return in yearly societal cost. */
@Path("/api/wards/{ward}/cases/{caseId}/micro-analysis")
@Tag(name = "Micro-analyses")
public class MicroAnalysisResource {

    private final MicroAnalysisService service;
    private final CaseLookup cases;

    public MicroAnalysisResource(MicroAnalysisService service, CaseLookup cases) {
        this.service = service;
        this.cases = cases;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Operation(summary = "Price the current situation, doing nothing and the chosen solution from a price-list edition",
            description = "Each line costs quantity per year × unit price, rounded half-even to the cent. Savings are "
                    + "current minus chosen and do-nothing minus chosen. The edition can no longer change afterwards.")
    @APIResponse(responseCode = "201", description = "The analysis with totals per scenario and financing domain")
    @APIResponse(responseCode = "400", description = "Invalid body; the problem names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such case for you in this ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Unknown edition, an item not in the edition, or repeatOf not of this case",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response analyse(@PathParam("ward") String ward, @PathParam("caseId") UUID caseId,
            @Valid @NotNull AnalyseCase request) {
        MicroAnalysis a = service.analyse(ward, caseId, request);
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + caseId + "/micro-analysis/" + a.id))
                .entity(AnalysisView.of(a)).build();
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER })
    @Operation(summary = "The micro-analyses of a case, first one first (later ones are repeats)")
    public List<AnalysisView> list(@PathParam("ward") String ward, @PathParam("caseId") UUID caseId) {
        cases.forRead(caseId, "micro-analysis.read");
        return service.ofCase(caseId).stream().map(AnalysisView::of).toList();
    }

    @GET
    @Path("{analysisId}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER })
    @Operation(summary = "One micro-analysis")
    @APIResponse(responseCode = "404", description = "No such analysis of this case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AnalysisView get(@PathParam("ward") String ward, @PathParam("caseId") UUID caseId,
            @PathParam("analysisId") UUID analysisId) {
        cases.forRead(caseId, "micro-analysis.read");
        MicroAnalysis a = MicroAnalysis.findById(analysisId);
        if (a == null || !a.caseId.equals(caseId) || !ward.equals(a.ward)) {
            throw ProblemException.notFound("micro-analysis", analysisId);
        }
        return AnalysisView.of(a);
    }
}
