package nl.wijknetwerk.gateway.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.gateway.GatewayConfig;

/**
 * Decides which service owns a path. {@code /api/wards} and {@code /api/wards/{ward}} belong to the service that
 * owns wards; {@code /api/wards/{ward}/<resource>/…} to the owner of that resource; anything else under
 * {@code /api/} by its longest configured prefix.
 */
@ApplicationScoped
public class RouteTable {

    /** The service that owns wards themselves. */
    static final String WARD_OWNER = "network";

    private final Map<String, String> wardResources = new HashMap<>();
    private final Map<String, String> globalPrefixes = new HashMap<>();

    public RouteTable(GatewayConfig config) {
        config.routes().forEach((service, routes) -> {
            routes.wardResources().orElse(List.of()).stream().filter(r -> !r.isBlank()).forEach(r -> wardResources.put(r, service));
            routes.globalResources().orElse(List.of()).stream().filter(r -> !r.isBlank()).forEach(r -> globalPrefixes.put(r, service));
        });
    }

    /** A routed request: the owning service and, for ward-scoped paths, the ward. */
    public record Route(String service, Optional<String> ward) {
    }

    public Optional<Route> resolve(String path) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        List<String> segments = List.of(path.substring("/api/".length()).split("/"));
        if (segments.get(0).equals("wards")) {
            if (segments.size() == 1) {
                return Optional.of(new Route(WARD_OWNER, Optional.empty()));
            }
            Optional<String> ward = Optional.of(segments.get(1));
            if (segments.size() == 2) {
                return Optional.of(new Route(WARD_OWNER, ward));
            }
            return Optional.ofNullable(wardResources.get(segments.get(2))).map(service -> new Route(service, ward));
        }
        for (int n = segments.size(); n > 0; n--) {
            String service = globalPrefixes.get(String.join("/", segments.subList(0, n)));
            if (service != null) {
                return Optional.of(new Route(service, Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
