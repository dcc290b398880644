package nl.wijknetwerk.network.professional;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.shared.ward.Callers;

/** The wards a professional works in: one membership per ward network, shown only for wards the caller may see. */
@Path("/api/professionals/{id}/wards")
@Tag(name = "Professionals")
@Authenticated
public class ProfessionalWardsResource {

    private final EntityManager em;
    private final SecurityIdentity identity;

    public ProfessionalWardsResource(EntityManager em, SecurityIdentity identity) {
        this.em = em;
        this.identity = identity;
    }

    public record Membership(String ward, String organisationId, String discipline, List<String> roles, boolean active) {
    }

    @GET
    @Operation(summary = "The ward networks a professional belongs to", description = "Limited to the wards the caller's token covers.")
    public List<Membership> wards(@PathParam("id") String accountId) {
        Caller caller = Callers.of(identity);
        // Across wards on purpose, so a native query outside the tenant filter; the caller's wards filter it instead.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select ward, organisation_id, discipline, roles, active from professional where account_id = :account order by ward""")
                .setParameter("account", accountId).getResultList();
        return rows.stream().filter(r -> caller.mayActIn((String) r[0]))
                .map(r -> new Membership((String) r[0], (String) r[1], (String) r[2], roles(r[3]), (Boolean) r[4])).toList();
    }

    private static List<String> roles(Object column) {
        if (column instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (column instanceof java.sql.Array sql) {
            try {
                return Arrays.asList((String[]) sql.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
