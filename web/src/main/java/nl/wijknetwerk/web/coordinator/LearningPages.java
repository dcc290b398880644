package nl.wijknetwerk.web.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.Pages;

/**
 * Learning together in a ward: the leersessies with their tables and attendance, the intervision rounds and the
 * (anonymous) reflection cards of a session, and each professional's leerplan progress against the ward's targets.
 */
@Path("/network/wards")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class LearningPages {

    private final Gateway gateway;
    private final Pages pages;
    private final Template sessions;
    private final Template session;
    private final Template leerplan;

    public LearningPages(Gateway gateway, Pages pages, @Location("coordinator/leersessies.html") Template sessions,
            @Location("coordinator/leersessie.html") Template session, @Location("coordinator/leerplan.html") Template leerplan) {
        this.gateway = gateway;
        this.pages = pages;
        this.sessions = sessions;
        this.session = session;
        this.leerplan = leerplan;
    }

    @GET
    @Path("{ward}/leersessies")
    public TemplateInstance sessions(@PathParam("ward") String ward) {
        List<Map<String, Object>> all = new ArrayList<>(gateway.getList("/api/wards/" + ward + "/leersessies"));
        // The latest first: the one just held is the one to look at.
        all.sort((a, b) -> String.valueOf(b.get("heldOn")).compareTo(String.valueOf(a.get("heldOn"))));
        return pages.page(sessions, ward).data("sessions", all);
    }

    @GET
    @Path("{ward}/leersessies/{id}")
    public TemplateInstance session(@PathParam("ward") String ward, @PathParam("id") String id) {
        String base = "/api/wards/" + ward + "/leersessies/" + id;
        return pages.page(session, ward).data("s", gateway.getObject(base)).data("rounds", gateway.getList(base + "/intervision-rounds"))
                .data("cards", gateway.getList(base + "/reflection-cards"));
    }

    @GET
    @Path("{ward}/leerplan")
    public TemplateInstance leerplan(@PathParam("ward") String ward) {
        Map<String, Object> targets = gateway.getObject("/api/wards/" + ward + "/leerplan/targets");
        List<String> steps = new ArrayList<>(targets.keySet());
        List<Map<String, Object>> plans = new ArrayList<>();
        for (Map<String, Object> p : gateway.getList("/api/wards/" + ward + "/professionals?active=true")) {
            plans.add(gateway.getObject("/api/wards/" + ward + "/professionals/" + p.get("id") + "/leerplan"));
        }
        return pages.page(leerplan, ward).data("steps", steps).data("targets", targets)
                .data("rows", NetworkForms.leerplanRows(steps, plans));
    }
}
