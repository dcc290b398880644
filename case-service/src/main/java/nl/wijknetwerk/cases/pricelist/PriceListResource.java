package nl.wijknetwerk.cases.pricelist;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.pricelist.PriceListApi.EditionSummary;
import nl.wijknetwerk.cases.pricelist.PriceListApi.EditionView;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/** Editions of the Maatschappelijke Prijslijst, shared by every ward; read by anyone signed in. */
@Path("/api/price-lists")
@Tag(name = "Price lists")
@Authenticated
public class PriceListResource {

    private final SecurityIdentity identity;

    public PriceListResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The price-list editions, newest year first")
    public List<EditionSummary> editions() {
        return PriceListEdition.<PriceListEdition> list("order by year desc, edition").stream().map(EditionSummary::of).toList();
    }

    @GET
    @Path("{edition}")
    @Operation(summary = "One edition with all its items")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public EditionView edition(@PathParam("edition") String edition) {
        return EditionView.of(PriceListEdition.findEdition(edition).orElseThrow(() -> ProblemException.notFound("price-list edition", edition)));
    }

    @PUT
    @Path("{edition}")
    @Consumes({ "text/csv", "text/plain" })
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Import an edition from CSV, or replace it while no micro-analysis has used it")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "two items", value = """
            code,description,category,unit,unitPrice,domain
            WMO-HH-UUR,Huishoudelijke ondersteuning,Ondersteuning thuis,uur,32.50,WMO
            ZVW-HA-CONSULT,Consult huisarts,Eerstelijnszorg,consult,11.71,ZVW""")))
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "The CSV or a parameter is invalid; the problem names line and column",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A micro-analysis has priced from this edition: it can no longer change",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response importEdition(
            @PathParam("edition") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "{wijknetwerk.edition}") String edition,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("title") @NotBlank @Size(max = 200) String title,
            String csv) {
        List<PriceListCsv.Row> rows = PriceListCsv.parse(csv);
        PriceListEdition e = PriceListEdition.<PriceListEdition> findByIdOptional(edition).orElse(null);
        boolean created = e == null;
        if (created) {
            e = new PriceListEdition();
            e.edition = edition;
        } else if (e.locked) {
            throw ProblemException.conflict("edition-locked", "The edition is in use", new Objection("Edition '" + edition
                    + "' was used by a micro-analysis and can no longer change; import a new edition instead",
                    "Editie '" + edition + "' is gebruikt in een micro-analyse en verandert niet meer; voeg een nieuwe editie toe"),
                    "edition", new Objection("used by a micro-analysis: immutable", "gebruikt in een micro-analyse: verandert niet meer"));
        }
        e.year = year;
        e.title = title.strip();
        e.importedBy = identity.getPrincipal().getName();
        e.importedAt = Instant.now();
        e.items.clear();
        if (!created) {
            // the old items go first, or the (edition, code) unique key sees the replacements as duplicates
            PriceListEdition.getEntityManager().flush();
        }
        for (PriceListCsv.Row row : rows) {
            PriceListItem item = new PriceListItem();
            item.id = UUID.randomUUID();
            item.edition = e;
            item.code = row.code();
            item.description = row.description();
            item.category = row.category();
            item.unit = row.unit();
            item.unitPriceCents = row.unitPriceCents();
            item.domain = row.domain();
            e.items.add(item);
        }
        e.persist();
        EditionView view = EditionView.of(e);
        return created ? Response.created(URI.create("/api/price-lists/" + edition)).entity(view).build() : Response.ok(view).build();
    }
}
