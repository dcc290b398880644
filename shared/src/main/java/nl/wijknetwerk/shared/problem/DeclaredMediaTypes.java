package nl.wijknetwerk.shared.problem;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import nl.wijknetwerk.api.Problem;

/**
 * An operation without its own {@code @Consumes} takes JSON bodies only: anything else is a problem+json 415 before
 * the body is read (without this, a {@code text/plain} body reached the method). Operations that take CSV say so
 * with {@code @Consumes}, which the server enforces itself.
 */
public class DeclaredMediaTypes {

    @ServerRequestFilter
    public Optional<Response> jsonUnlessDeclared(ContainerRequestContext request, ResourceInfo resource) {
        if (!hasBody(request) || resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                || resource.getResourceClass().isAnnotationPresent(Consumes.class)) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return Optional.empty();
        }
        Problem problem = new Problem(Problem.type("unsupported-media-type"), "Unsupported Media Type", 415,
                "This operation takes " + MediaType.APPLICATION_JSON + " bodies, not " + (type == null ? "an untyped body" : type),
                request.getUriInfo().getPath(), List.of());
        return Optional.of(Response.status(415).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private static boolean hasBody(ContainerRequestContext request) {
        // Only these methods carry a body we read; a proxy may still send a GET chunked, with nothing in it.
        if (!List.of("POST", "PUT", "PATCH").contains(request.getMethod())) {
            return false;
        }
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }
}
