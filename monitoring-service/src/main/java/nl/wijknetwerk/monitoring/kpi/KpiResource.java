package nl.wijknetwerk.monitoring.kpi;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Indicators of a ward, grouped by strategic goal. */
@Path("/api/wards/{ward}/kpis")
@Tag(name = "KPIs")
public class KpiResource {

    public record Indicator(String code, String name, long value) {
    }

    public record Goal(int number, String name, List<Indicator> indicators) {
    }

    public record WardKpis(String ward, List<Goal> goals) {
    }

    @GET
    @RolesAllowed({ "manager", "director", "coordinator", "controller", "financier", "professional" })
    @Operation(summary = "The ward's indicators per strategic goal")
    public WardKpis get(@PathParam("ward") String ward) {
        long open = CaseFact.count("closedOn is null");
        return new WardKpis(ward, List.of(new Goal(2, "Better, more integrated care, welfare and housing",
                List.of(new Indicator("open-cases", "Open cases", open)))));
    }
}
