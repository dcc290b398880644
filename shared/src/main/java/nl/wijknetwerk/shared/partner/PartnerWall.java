package nl.wijknetwerk.shared.partner;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Least privilege for partner systems, by default in every service: a token with the role {@code partner-system}
 * may call only the operations made for it, those whose {@code @RolesAllowed} names the role or that are marked
 * {@link PartnerOperation}. Everything else, an operation open to "every signed-in caller" included, answers 403
 * before it runs, and the attempt is a refused line of the partner access log.
 */
public class PartnerWall {

    /** The access log's action for a request refused because it is not a partner operation. */
    public static final String REFUSED_OPERATION = "partner.operation.refused";
    /** The access log's action for a request refused because its ward is not in the token. */
    public static final String REFUSED_WARD = "partner.ward.refused";

    private final PartnerAccessLog log;

    public PartnerWall(PartnerAccessLog log) {
        this.log = log;
    }

    @ServerRequestFilter
    public void checkPartnerOperation(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !log.partnerSystem() || openToPartners(method, resource.getResourceClass())) {
            return;
        }
        log.refusedBeforeOperation(request.getUriInfo().getPathParameters().getFirst("ward"), REFUSED_OPERATION,
                described(request));
        throw ProblemException.forbidden("This is not an operation of the partner API (OpenAPI tag 'partner')");
    }

    /** How the log names a refused request: its method and path, e.g. {@code GET /api/organisations}. */
    public static String described(ContainerRequestContext request) {
        return request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath();
    }

    static boolean openToPartners(Method method, Class<?> resourceClass) {
        if (method.isAnnotationPresent(PartnerOperation.class)) {
            return true;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(Authenticated.class) && !method.isAnnotationPresent(PermitAll.class)
                && resourceClass != null) {
            roles = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.asList(roles.value()).contains(Roles.PARTNER_SYSTEM);
    }
}
