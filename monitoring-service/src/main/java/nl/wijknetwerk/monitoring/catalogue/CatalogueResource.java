package nl.wijknetwerk.monitoring.catalogue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.wijknetwerk.api.Roles;

/** The KPI catalogue for every ward: goals, indicators, definitions, sources and targets. */
@Path("/api/kpis/catalogue")
@Tag(name = "KPIs")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    public record GoalWithIndicators(int number, String code, String name, String dutch, List<IndicatorDefinition> indicators) {
    }

    private final Catalogue catalogue;

    public CatalogueResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "The KPI catalogue", description = "The five strategic goals with their indicators: definition, "
            + "source (events or CSV import), unit, direction, target and the finest period they are meaningful for.")
    @APIResponse(responseCode = "200", description = "The goals in order, each with its indicators")
    public List<GoalWithIndicators> get() {
        return catalogue.goals().stream()
                .map(g -> new GoalWithIndicators(g.number(), g.code(), g.name(), g.dutch(), catalogue.indicatorsOf(g.number())))
                .toList();
    }
}
