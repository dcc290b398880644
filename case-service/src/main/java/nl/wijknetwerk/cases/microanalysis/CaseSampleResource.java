package nl.wijknetwerk.cases.microanalysis;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisApi.Sample;
import nl.wijknetwerk.cases.wellbeing.CaseLookup;

/** Which cases to analyse: a random sample an evaluator can draw again with the same seed. */
@Path("/api/wards/{ward}/micro-analyses/sample")
@Tag(name = "Micro-analyses")
public class CaseSampleResource {

    private final CaseLookup cases;

    public CaseSampleResource(CaseLookup cases) {
        this.cases = cases;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER })
    @Operation(summary = "A reproducible random sample of the ward's cases (same cases and seed give the same sample)",
            description = "Drawn from the ward's cases handled volgens de Samenwerkwijze (a Samenwerkplan agreed at an "
                    + "MDO; never declined ones), whoever asks, so that an evaluator can draw the same sample again; it "
                    + "lists case ids only.")
    public Sample sample(@PathParam("ward") String ward, @Parameter(description = "How many cases, at most 200: the one limit on every list the API returns")
            @QueryParam("size") @NotNull @Min(1) @Max(200) Integer size,
            @QueryParam("seed") @NotNull Long seed) {
        List<UUID> population = cases.population();
        return new Sample(ward, seed, size, population.size(), CaseSample.draw(population, size, seed));
    }
}
