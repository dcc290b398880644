package nl.wijknetwerk.web.page;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import nl.wijknetwerk.web.gateway.ApiProblem;

/**
 * A refusal of the API that no form handles becomes a page a person can read: "geen toegang" for 403, "niet
 * gevonden" for 404 (the API answers another ward's record as not found), otherwise the API's own words. Never a
 * stack trace.
 */
public class ProblemPages {

    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    private final Pages pages;
    private final Template noAccess;
    private final Template notFound;
    private final Template failed;

    public ProblemPages(Pages pages, @Location("errors/no-access.html") Template noAccess,
            @Location("errors/not-found.html") Template notFound, @Location("errors/failed.html") Template failed) {
        this.pages = pages;
        this.noAccess = noAccess;
        this.notFound = notFound;
        this.failed = failed;
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        if (problem.status == 401) {
            // The session's token is no longer accepted: sign in again.
            return Response.seeOther(URI.create("/logout")).build();
        }
        Template template = switch (problem.status) {
            case 403 -> noAccess;
            case 404 -> notFound;
            default -> failed;
        };
        if (problem.status >= 500) {
            LOG.warnf("the API answered %s", problem.getMessage());
        }
        return Response.status(problem.status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.page(template, null).data("problem", problem).render()).build();
    }
}
