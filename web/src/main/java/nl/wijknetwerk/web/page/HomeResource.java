package nl.wijknetwerk.web.page;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.gateway.WebConfig;

/** The start: each person lands on the page of their main role; the language switch; the "geen toegang" page. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private final Pages pages;
    private final WebConfig config;
    private final Template noAccess;

    public HomeResource(Pages pages, WebConfig config, @Location("errors/no-access.html") Template noAccess) {
        this.pages = pages;
        this.config = config;
        this.noAccess = noAccess;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create(pages.viewer().homePath(config.defaultWard()))).build();
    }

    @GET
    @Path("no-access")
    public TemplateInstance noAccess() {
        return pages.page(noAccess, null);
    }

    /** Switches the language (nl or en) for this browser and returns to the page the person was on. */
    @GET
    @Path("language")
    public Response language(@QueryParam("lang") String lang, @QueryParam("back") String back) {
        String chosen = "en".equals(lang) ? "en" : "nl";
        // Only paths of this application, never another site.
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return Response.seeOther(URI.create(target)).cookie(new NewCookie.Builder(Pages.LANGUAGE_COOKIE).value(chosen)
                .path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build()).build();
    }
}
