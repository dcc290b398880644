package nl.wijknetwerk.monitoring.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Callers;
import nl.wijknetwerk.shared.ward.WardContext;
import nl.wijknetwerk.shared.ward.WardDirectory;

/**
 * Wards side by side. Who may compare what: every caller the wards their token lists; directors and coordinators
 * every ward, because they steer the network across wards and the figures are aggregates without personal data.
 */
@Path("/api/kpis/compare")
@Tag(name = "KPIs")
public class CompareResource {

    /** Roles that may compare any ward, whatever their token's ward claim says. */
    static final Set<String> NETWORK_WIDE = Roles.NETWORK_WIDE;
    static final int MAX_WARDS = 12;

    private final KpiService kpis;
    private final SecurityIdentity identity;
    private final WardContext context;
    private final WardDirectory wards;

    public CompareResource(KpiService kpis, SecurityIdentity identity, WardContext context, WardDirectory wards) {
        this.kpis = kpis;
        this.identity = identity;
        this.context = context;
        this.wards = wards;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "Compare wards", description = "Every indicator of the catalogue for each ward, for one period. "
            + "A caller may compare the wards their token lists; directors and coordinators may compare every ward.")
    @APIResponse(responseCode = "200", description = "One entry per indicator with a value per ward (null: no data)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiView.Comparison.class),
                    examples = @ExampleObject(name = "two wards", value = """
                            {"period": "2026", "wards": ["ruwaard", "ussen"], "indicators": [{"code": "wellbeing-t1",
                             "name": "Wellbeing about 6 weeks after (T1)", "goal": 3, "unit": "SCORE", "direction": "HIGHER_IS_BETTER",
                             "target": 7, "values": {"ruwaard": 8.3, "ussen": 7.6}}]}""")))
    @APIResponse(responseCode = "400", description = "No wards, too many, or an unknown period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A ward the caller may not see", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A ward not known here", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiView.Comparison compare(
            @Parameter(description = "Comma-separated ward slugs", example = "ruwaard,ussen", required = true) @QueryParam("wards") String wardList,
            @Parameter(description = "2026, 2026-Q3 or 2026-07; the current year when left out", example = "2026") @QueryParam("period") String period) {
        Caller caller = Callers.of(identity);
        // Reads every ward's rows (each query still names its ward): set before the first database access.
        context.actAs(WardContext.ALL_WARDS, caller.user(), caller.organisation(), caller.roles());
        List<String> slugs = slugs(wardList);
        boolean networkWide = caller.roles().stream().anyMatch(NETWORK_WIDE::contains);
        for (String slug : slugs) {
            if (!networkWide && !caller.mayActIn(slug)) {
                throw ProblemException.forbidden("Your token does not give access to ward '" + slug + "'");
            }
            wards.find(slug).orElseThrow(() -> ProblemException.notFound("ward", slug));
        }
        return kpis.compare(slugs, kpis.period(period, slugs.get(0)));
    }

    static List<String> slugs(String wardList) {
        List<String> slugs = new ArrayList<>();
        if (wardList != null) {
            for (String s : wardList.split(",")) {
                String slug = s.trim();
                if (!slug.isEmpty() && !slugs.contains(slug)) {
                    slugs.add(slug);
                }
            }
        }
        if (slugs.isEmpty()) {
            throw ProblemException.badRequest("wards", new Objection("name at least one ward, e.g. wards=ruwaard,ussen",
                    "noem minstens één wijk, bijvoorbeeld wards=ruwaard,ussen"));
        }
        if (slugs.size() > MAX_WARDS) {
            throw ProblemException.badRequest("wards", new Objection("at most " + MAX_WARDS + " wards at a time",
                    "hoogstens " + MAX_WARDS + " wijken tegelijk"));
        }
        return slugs;
    }
}
