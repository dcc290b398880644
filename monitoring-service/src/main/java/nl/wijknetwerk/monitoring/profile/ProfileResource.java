package nl.wijknetwerk.monitoring.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;

/** The ward profile (wijkprofiel): the ward's key figures beside the municipality's. */
@Path("/api/wards/{ward}/profile")
@Tag(name = "Ward profile")
public class ProfileResource {

    static final String CSV = "text/csv";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(String code, String label, String unit, BigDecimal ward, BigDecimal municipality,
            BigDecimal difference, int year) {
    }

    public record WardProfile(String ward, List<Figure> figures) {
    }

    public record Imported(String ward, int figures) {
    }

    private final ProfileImport profileImport;

    public ProfileResource(ProfileImport profileImport) {
        this.profileImport = profileImport;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "The ward profile", description = "Key figures of the ward beside the municipality's, with the difference where both are known.")
    @APIResponse(responseCode = "200", description = "The figures in the order of the last import")
    public WardProfile get(@PathParam("ward") String ward) {
        List<Figure> figures = ProfileFigure.<ProfileFigure> list("ward = ?1 order by position", ward).stream()
                .map(f -> new Figure(f.code, f.label, f.unit, plain(f.wardValue), plain(f.municipality),
                        f.municipality == null ? null : plain(f.wardValue.subtract(f.municipality)), f.year))
                .toList();
        return new WardProfile(ward, figures);
    }

    @PUT
    @Consumes({ CSV, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER })
    @Operation(summary = "Replace the ward profile from a CSV", description = "Columns figure,label,unit,ward,municipality,year "
            + "(comma-separated, or semicolon-separated with decimal commas). All or nothing: a problem in any line imports nothing.")
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "ruwaard", value = """
            figure,label,unit,ward,municipality,year
            inhabitants,Inhabitants,COUNT,13238,,2022
            age-75-plus,Aged 75 or over,PERCENT,10.9,8.5,2022
            low-income,Families with a low income,PERCENT,42,38,2022""")))
    @APIResponse(responseCode = "200", description = "The profile was replaced")
    @APIResponse(responseCode = "400", description = "A missing column, an empty cell or a non-number; each error names line and column",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a number", value = """
                            {"type": "https://wijknetwerk.nl/problems/invalid-csv", "title": "Invalid CSV", "status": 400,
                             "detail": "Nothing was imported. line 3, column ward: 'ten' is not a number",
                             "errors": [{"field": "line 3, column ward", "message": "'ten' is not a number"}]}""")))
    public Imported replace(@PathParam("ward") String ward, String csv) {
        return new Imported(ward, profileImport.replace(ward, csv));
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}
