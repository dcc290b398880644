package nl.wijknetwerk.shared.ward;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.shared.partner.PartnerAccessLog;
import nl.wijknetwerk.shared.partner.PartnerWall;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * The ward wall of every service (the gateway checks too, but a service never trusts that alone). For any
 * resource under {@code /api/wards/{ward}}: 401 without a token, 403 when the token does not list the ward,
 * 404 when the ward is unknown here, 409 for a change in a suspended ward. Then the request acts in that ward.
 * A partner system refused here is a refused line of its access log.
 */
public class WardAccessFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final SecurityIdentity identity;
    private final WardContext context;
    private final WardDirectory directory;
    private final PartnerAccessLog partnerAccessLog;

    public WardAccessFilter(SecurityIdentity identity, WardContext context, WardDirectory directory,
            PartnerAccessLog partnerAccessLog) {
        this.identity = identity;
        this.context = context;
        this.directory = directory;
        this.partnerAccessLog = partnerAccessLog;
    }

    @ServerRequestFilter
    public void checkWard(ContainerRequestContext request, ResourceInfo resource) {
        String slug = request.getUriInfo().getPathParameters().getFirst("ward");
        if (slug == null) {
            return;
        }
        if (identity.isAnonymous()) {
            throw ProblemException.unauthorized();
        }
        Caller caller = Callers.of(identity);
        if (!caller.mayActIn(slug)) {
            partnerAccessLog.refusedBeforeOperation(slug, PartnerWall.REFUSED_WARD, PartnerWall.described(request));
            throw new ProblemException(Problem.wardForbidden(slug));
        }
        // Before any database access: the Hibernate session of this request takes its tenant from the context.
        context.actAs(slug, caller.user(), caller.organisation(), caller.roles());
        Ward ward = directory.find(slug).orElseThrow(() -> ProblemException.notFound("ward", slug));
        if (!ward.acceptsWrites() && !READS.contains(request.getMethod()) && !isWardAdministration(resource)) {
            throw ProblemException.conflict(new Objection("Ward '" + slug + "' is suspended: it can be read but not changed",
                    "Wijk '" + slug + "' is opgeschort: je kunt er lezen maar niets veranderen"));
        }
    }

    private static boolean isWardAdministration(ResourceInfo resource) {
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(WardAdministration.class);
    }
}
