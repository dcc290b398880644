package nl.wijknetwerk.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.chart.SpiderChart;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.Pages;

/**
 * The resident's own page in plain Dutch: my question, my Samenwerkplan and its agreements, my wellbeing over time
 * and who looked at my file (the access log). The API shows a resident only the cases about themselves.
 */
@Path("/me")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ResidentPages {

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Amsterdam");
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final Gateway gateway;
    private final Pages pages;
    private final Template me;

    public ResidentPages(Gateway gateway, Pages pages, @Location("resident/me.html") Template me) {
        this.gateway = gateway;
        this.pages = pages;
        this.me = me;
    }

    /** One case of the resident with what belongs to it. */
    public record MyCase(Map<String, Object> c, Map<String, Object> intake, Map<String, Object> plan,
            Map<String, Object> wellbeing, String chart) {
    }

    @GET
    public TemplateInstance me() {
        String ward = pages.homeWard();
        List<MyCase> cases = new ArrayList<>();
        String residentId = null;
        for (Map<String, Object> c : gateway.getList("/api/wards/" + ward + "/cases")) {
            String base = "/api/wards/" + ward + "/cases/" + c.get("id");
            Map<String, Object> wellbeing = gateway.getOptional(base + "/wellbeing");
            cases.add(new MyCase(c, gateway.getOptional(base + "/intake"), gateway.getOptional(base + "/plan"), wellbeing,
                    SpiderChart.of(wellbeing, pages.locale())));
            if (c.get("residentId") != null) {
                residentId = String.valueOf(c.get("residentId"));
            }
        }
        List<Map<String, Object>> accessLog = residentId == null ? List.of()
                : gateway.getList("/api/wards/" + ward + "/residents/" + residentId + "/access-log");
        // Newest first: the resident looks for who read their file lately; times in the ward's zone.
        List<Map<String, Object>> newestFirst = new ArrayList<>();
        for (Map<String, Object> entry : accessLog) {
            Map<String, Object> shown = new java.util.LinkedHashMap<>(entry);
            shown.put("when", WHEN.format(java.time.Instant.parse(String.valueOf(entry.get("at"))).atZone(ZONE)));
            newestFirst.add(0, shown);
        }
        return pages.page(me, ward).data("cases", cases).data("accessLog", newestFirst);
    }
}
