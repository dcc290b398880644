package nl.wijknetwerk.launcher;

import java.util.Optional;

/** The six applications of the platform: Maven module, database (if any) and the ports it serves locally. */
public enum Application {
    NETWORK("network-service", "network", "network"),
    CASES("case-service", "cases", "cases"),
    BUDGET("budget-service", "budget", "budget"),
    MONITORING("monitoring-service", "monitoring", "monitoring"),
    GATEWAY("gateway", null, null),
    /** The browser application; it talks to the gateway and Keycloak only. */
    WEB("web", null, null);

    public final String module;
    private final String database;
    /** The key under which the gateway knows this service as an upstream ({@code gateway.upstream.<key>}). */
    final String upstream;

    Application(String module, String database, String upstream) {
        this.module = module;
        this.database = database;
        this.upstream = upstream;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public int port(Ports ports) {
        return switch (this) {
            case GATEWAY -> ports.gateway();
            case CASES -> ports.gateway() + 1;
            case NETWORK -> ports.gateway() + 2;
            case BUDGET -> ports.gateway() + 3;
            case MONITORING -> ports.gateway() + 4;
            case WEB -> ports.gateway() + 5;
        };
    }

    /** Where this application serves health and metrics locally (its management interface). */
    public int managementPort(Ports ports) {
        return managementPort(port(ports));
    }

    /** The management port beside an application port: 1000 above it (8081 → 9081), as in each service's configuration. */
    public static int managementPort(int port) {
        return port + 1000;
    }
}
