package nl.wijknetwerk.launcher;

/**
 * Where the local platform listens. The defaults match the ports in each application's configuration, so a
 * service started by hand in dev mode finds the others.
 */
record Ports(int gateway, int kafka, int kafkaController, int keycloak, int postgres) {

    static Ports defaults() {
        return new Ports(
                Integer.getInteger("wijknetwerk.gateway.port", 8080),
                Integer.getInteger("wijknetwerk.kafka.port", 9092),
                Integer.getInteger("wijknetwerk.kafka.controller-port", 9093),
                Integer.getInteger("wijknetwerk.keycloak.port", 8180),
                Integer.getInteger("wijknetwerk.postgres.port", 5432));
    }

    String gatewayUrl() {
        return "http://localhost:" + gateway;
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloak;
    }

    String issuer() {
        return keycloakUrl() + "/realms/wijknetwerk";
    }

    String kafkaBootstrap() {
        return "localhost:" + kafka;
    }
}
