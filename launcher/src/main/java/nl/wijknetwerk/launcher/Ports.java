package nl.wijknetwerk.launcher;

/**
 * Where the local platform listens. The defaults match the ports in each application's configuration, so a
 * service started by hand in dev mode finds the others.
 */
public record Ports(int gateway, int kafka, int kafkaController, int keycloak, int postgres) {

    public static Ports defaults() {
        return new Ports(
                Integer.getInteger("wijknetwerk.gateway.port", 8080),
                Integer.getInteger("wijknetwerk.kafka.port", 9092),
                Integer.getInteger("wijknetwerk.kafka.controller-port", 9093),
                Integer.getInteger("wijknetwerk.keycloak.port", 8180),
                Integer.getInteger("wijknetwerk.postgres.port", 5432));
    }

    public String gatewayUrl() {
        return "http://localhost:" + gateway;
    }

    /** The web application, the address a person opens in the browser. */
    public String webUrl() {
        return "http://localhost:" + Application.WEB.port(this);
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloak;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/wijknetwerk";
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafka;
    }
}
