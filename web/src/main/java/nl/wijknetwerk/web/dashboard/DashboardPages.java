package nl.wijknetwerk.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.web.chart.TrendChart;
import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.page.Pages;

/**
 * The manager's and director's dashboard: the five goals with target and on-target per indicator, the three
 * headline measures as trend charts over the last quarters, the ward beside the others, the ward profile beside the
 * municipality, the barriers, and the evaluation report.
 */
@Path("/wards/{ward}/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    private final Gateway gateway;
    private final Pages pages;
    private final Template dashboard;

    public DashboardPages(Gateway gateway, Pages pages, @Location("dashboard/dashboard.html") Template dashboard) {
        this.gateway = gateway;
        this.pages = pages;
        this.dashboard = dashboard;
    }

    @GET
    @SuppressWarnings("unchecked")
    public TemplateInstance dashboard(@PathParam("ward") String ward, @QueryParam("period") String period) {
        String chosen = period == null || period.isBlank() ? String.valueOf(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear()) : period;
        Map<String, Object> kpis = gateway.getObject("/api/wards/" + ward + "/kpis?period=" + chosen);
        // The trend: the same indicators over the last four quarters of the ward's current year and before.
        String lang = pages.locale().getLanguage();
        List<String> quarters = lastQuarters(LocalDate.now(ZoneId.of("Europe/Amsterdam")), 4);
        Map<String, Map<String, Object>> byQuarter = new LinkedHashMap<>();
        for (String q : quarters) {
            byQuarter.put(q, indicators(gateway.getObject("/api/wards/" + ward + "/kpis?period=" + q)));
        }
        List<Map<String, Object>> trends = new ArrayList<>();
        for (Map<String, Object> headline : (List<Map<String, Object>>) kpis.getOrDefault("headlines", List.of())) {
            List<TrendChart.Line> lines = new ArrayList<>();
            for (String code : (List<String>) headline.get("indicators")) {
                List<Double> values = new ArrayList<>();
                String name = code;
                for (String q : quarters) {
                    Map<String, Object> indicator = (Map<String, Object>) byQuarter.get(q).get(code);
                    values.add(indicator != null && indicator.get("value") instanceof Number n ? n.doubleValue() : null);
                    if (indicator != null) {
                        name = IndicatorText.name(indicator, lang);
                    }
                }
                lines.add(new TrendChart.Line(name, values));
            }
            trends.add(Map.of("label", headline.get("label"), "svg", TrendChart.svg(String.valueOf(headline.get("label")), quarters, lines)));
        }
        Object comparison = optional("/api/kpis/compare?wards=" + String.join(",", comparedWards(ward, pages.wards())) + "&period=" + chosen);
        Object profile = optional("/api/wards/" + ward + "/profile");
        Object barriers = optional("/api/wards/" + ward + "/barriers");
        return pages.page(dashboard, ward).data("kpis", kpis).data("period", chosen).data("trends", trends)
                .data("comparison", comparison).data("profile", profile).data("barriers", barriers)
                .data("periods", periods(LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
    }

    /**
     * The evaluation report as the monitoring service renders it (HTML to read, CSV and PDF to download), in the
     * page's language, under the file name the service gives it (evaluatie-ruwaard-2026.pdf).
     */
    @GET
    @Path("report")
    @Produces({ MediaType.TEXT_HTML, "text/csv", "application/pdf" })
    public Response report(@PathParam("ward") String ward, @QueryParam("period") String period, @QueryParam("format") String format) {
        String type = "csv".equals(format) ? "text/csv" : "pdf".equals(format) ? "application/pdf" : MediaType.TEXT_HTML;
        Gateway.Download d = gateway.download("/api/wards/" + ward + "/reports/evaluation" + (period == null ? "" : "?period=" + URLEncoder.encode(period, StandardCharsets.UTF_8)), type, pages.locale());
        Response.ResponseBuilder r = Response.ok(d.body(), d.contentType());
        if (d.disposition() != null) {
            r.header("Content-Disposition", d.disposition());
        }
        return r.build();
    }

    /**
     * The wards beside each other: this one first, then the others the person may act in (a director with every
     * ward sees every ward of the network). A manager of one ward sees only that one: another ward's figures are not
     * theirs to read.
     */
    static List<String> comparedWards(String ward, List<String> viewerWards) {
        List<String> wards = new ArrayList<>(List.of(ward));
        for (String other : viewerWards) {
            if (!wards.contains(other)) {
                wards.add(other);
            }
        }
        return wards;
    }

    /** A part of the dashboard the person's role may not see (or that has no data yet) is left out, not an error. */
    private Object optional(String path) {
        try {
            return gateway.get(path);
        } catch (ApiProblem p) {
            if (p.status == 403 || p.status == 404 || p.status == 400) {
                return null;
            }
            throw p;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicators(Map<String, Object> kpis) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map<String, Object> goal : (List<Map<String, Object>>) kpis.getOrDefault("goals", List.of())) {
            for (Map<String, Object> i : (List<Map<String, Object>>) goal.get("indicators")) {
                out.put(String.valueOf(i.get("code")), i);
            }
        }
        return out;
    }

    static List<String> lastQuarters(LocalDate today, int n) {
        List<String> quarters = new ArrayList<>();
        LocalDate d = today;
        for (int i = 0; i < n; i++) {
            quarters.add(0, d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1));
            d = d.minusMonths(3);
        }
        return quarters;
    }

    static List<String> periods(LocalDate today) {
        List<String> periods = new ArrayList<>();
        periods.add(String.valueOf(today.getYear()));
        periods.add(String.valueOf(today.getYear() - 1));
        List<String> quarters = lastQuarters(today, 4);
        java.util.Collections.reverse(quarters);
        periods.addAll(quarters);
        return periods;
    }
}
