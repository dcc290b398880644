package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The chart speaks the applications' language: the environment variables it sets are the ones their
 * configuration reads, the topics it creates are the ones they publish to and consume from, and the gateway
 * gets an upstream for every service it routes to. Read from the applications' own files, so renaming a
 * variable or adding a topic in a service without the chart fails here.
 */
class ConfigurationContractTest {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("public static final String \\w+ = \"([^\"]+)\";");
    private static final Pattern JDBC_DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([a-z0-9_]+)");

    private final Manifests release = Chart.render(Chart.CHART);
    private final Manifests external = Chart.render(Chart.CHART, Chart.example("external-dependencies"));

    @Test
    void setsOnlyVariablesTheApplicationsRead() {
        for (String app : Applications.NAMES) {
            Set<String> read = Applications.environmentVariables(app);
            Map<String, String> env = release.configMapData(Chart.RELEASE + "-" + app);

            assertThat(env.keySet())
                    .as("%s: a variable is either a Quarkus property in its environment form, JAVA_TOOL_OPTIONS, "
                            + "or one its application.properties reads as ${NAME:…} (%s)", app, read)
                    .allMatch(name -> name.startsWith("QUARKUS_") || name.equals("JAVA_TOOL_OPTIONS") || read.contains(name)
                            // Quarkus hands KAFKA_* variables to every Kafka client as client properties.
                            || (name.startsWith("KAFKA_") && !app.equals("gateway")));
            assertThat(env).containsEntry("QUARKUS_HTTP_PORT", "8080").containsKey("WIJKNETWERK_OIDC_URL");
        }
    }

    @Test
    void givesEveryServiceItsDatabaseKafkaAndIdentityProvider() {
        for (String app : Applications.NAMES) {
            if (!Applications.isService(app)) {
                continue;
            }
            Set<String> read = Applications.environmentVariables(app);
            assertThat(read).as("%s reads its database and identity provider from the environment", app)
                    .contains("WIJKNETWERK_DB_URL", "WIJKNETWERK_DB_USER", "WIJKNETWERK_DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                            "WIJKNETWERK_OIDC_URL");

            Map<String, String> env = release.configMapData(Chart.RELEASE + "-" + app);
            String ownDatabase = database(Applications.configuration(app).getProperty("quarkus.datasource.jdbc.url"));
            assertThat(env.get("WIJKNETWERK_DB_URL")).as(app)
                    .isEqualTo("jdbc:postgresql://wijknetwerk-postgres-rw:5432/" + ownDatabase);
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("wijknetwerk-kafka-kafka-bootstrap:9093");
            assertThat(env).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/wijknetwerk/kafka-ca/ca.crt");

            JsonNode container = release.get("Deployment", Chart.RELEASE + "-" + app).at("/spec/template/spec/containers/0");
            List<String> credentials = new java.util.ArrayList<>(List.of("WIJKNETWERK_DB_USER<-username",
                    "WIJKNETWERK_DB_PASSWORD<-password", "KAFKA_SASL_JAAS_CONFIG<-sasl.jaas.config"));
            if (app.equals("network-service")) {
                // its Keycloak client, which keeps professionals' wards attribute in step with the ward networks
                credentials.addAll(List.of("WIJKNETWERK_ACCOUNTS_CLIENT_ID<-", "WIJKNETWERK_ACCOUNTS_CLIENT_SECRET<-client-secret"));
                assertThat(read).contains("WIJKNETWERK_ACCOUNTS_CLIENT_ID", "WIJKNETWERK_ACCOUNTS_CLIENT_SECRET");
            }
            assertThat(Manifests.list(container.path("env")))
                    .as("%s credentials come from its existing Secret", app)
                    .extracting(e -> e.path("name").asText() + "<-" + e.at("/valueFrom/secretKeyRef/key").asText())
                    .containsExactlyInAnyOrderElementsOf(credentials);
            assertThat(Manifests.list(container.path("env"))).filteredOn(e -> e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .extracting(e -> e.at("/valueFrom/secretKeyRef/name").asText())
                    .as("%s logs in to Kafka as its own KafkaUser", app).containsExactly("wijknetwerk-" + app);

            Map<String, String> externalEnv = external.configMapData(Chart.RELEASE + "-" + app);
            assertThat(externalEnv.get("WIJKNETWERK_DB_URL"))
                    .isEqualTo("jdbc:postgresql://postgres.example.internal:5432/" + ownDatabase + "?sslmode=verify-full");
            assertThat(externalEnv.get("KAFKA_BOOTSTRAP_SERVERS"))
                    .isEqualTo("kafka-0.kafka.example.internal:9093,kafka-1.kafka.example.internal:9093");
            assertThat(externalEnv).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
            JsonNode externalContainer = external.get("Deployment", Chart.RELEASE + "-" + app).at("/spec/template/spec/containers/0");
            assertThat(Manifests.list(externalContainer.path("env")))
                    .filteredOn(e -> e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .extracting(e -> e.at("/valueFrom/secretKeyRef/name").asText()).containsExactly("kafka-login-" + app);
            assertThat(externalEnv.get("WIJKNETWERK_OIDC_URL")).isEqualTo("https://auth.example.org/realms/wijknetwerk");
        }
    }

    @Test
    void givesTheGatewayAnUpstreamForEveryServiceItRoutesTo() {
        Properties gateway = Applications.configuration("gateway");
        Map<String, String> env = release.configMapData(Chart.RELEASE + "-gateway");
        Set<String> routed = new TreeSet<>();
        gateway.stringPropertyNames().stream().filter(k -> k.startsWith("gateway.upstream.")).forEach(k -> routed.add(k.substring(17)));

        assertThat(routed).containsExactlyInAnyOrder("cases", "network", "budget", "monitoring");
        Map<String, String> serviceOf = Map.of("cases", "case-service", "network", "network-service", "budget", "budget-service",
                "monitoring", "monitoring-service");
        for (String upstream : routed) {
            String variable = "GATEWAY_UPSTREAM_" + upstream.toUpperCase();
            assertThat(gateway.getProperty("gateway.upstream." + upstream)).contains("${" + variable + ":");
            assertThat(env).containsEntry(variable, "http://wijknetwerk-" + serviceOf.get(upstream) + ":8080");
            assertThat(release.find("Service", "wijknetwerk-" + serviceOf.get(upstream))).isPresent();
        }
    }

    @Test
    void createsEveryTopicTheApplicationsUse() throws IOException {
        // The event contract's topics, read from its source so this module needs no build of shared.
        Set<String> used = new TreeSet<>();
        Matcher constants = TOPIC_CONSTANT.matcher(Files.readString(
                Chart.REPOSITORY.resolve("shared/src/main/java/nl/wijknetwerk/shared/event/Topics.java")));
        while (constants.find()) {
            used.add(constants.group(1));
        }
        assertThat(used).as("topics in Topics.java").contains("cases.events", "network.events");
        for (String app : Applications.NAMES) {
            Properties config = Applications.configuration(app);
            config.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("mp.messaging.") && (k.endsWith(".topic") || k.endsWith(".dead-letter-queue.topic")))
                    .forEach(k -> used.add(config.getProperty(k)));
            if (config.containsKey("wijknetwerk.events.topic")) {
                used.add(config.getProperty("wijknetwerk.events.topic"));
            }
        }

        List<JsonNode> topics = release.ofKind("KafkaTopic").toList();
        assertThat(topics).extracting(t -> t.at("/spec/topicName").asText()).containsExactlyInAnyOrderElementsOf(used);
        for (JsonNode topic : topics) {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("wijknetwerk-kafka");
            assertThat(topic.at("/spec/partitions").asInt()).isPositive();
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as("retention of %s", topic.at("/spec/topicName"))
                    .isGreaterThanOrEqualTo(7L * 24 * 3600 * 1000);
        }
        assertThat(external.ofKind("KafkaTopic")).as("an existing Kafka brings its own topics").isEmpty();
    }

    @Test
    void givesEveryServiceAKafkaUserAllowedOnlyItsOwnTopicsAndGroups() {
        for (String app : Applications.NAMES) {
            Properties config = Applications.configuration(app);
            if (!config.containsKey("wijknetwerk.events.topic")) {
                assertThat(release.find("KafkaUser", "wijknetwerk-" + app)).as("%s never talks to Kafka", app).isEmpty();
                continue;
            }
            Set<String> reads = new TreeSet<>();
            Set<String> writes = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            config.stringPropertyNames().forEach(k -> {
                if (k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic") && !k.endsWith(".dead-letter-queue.topic")) {
                    reads.add(config.getProperty(k));
                } else if (k.endsWith(".dead-letter-queue.topic")) {
                    writes.add(config.getProperty(k));
                } else if (k.startsWith("mp.messaging.incoming.") && k.endsWith(".group.id")) {
                    groups.add(config.getProperty(k));
                }
            });
            writes.add(config.getProperty("wijknetwerk.events.topic"));

            JsonNode user = release.get("KafkaUser", "wijknetwerk-" + app);
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            List<JsonNode> acls = Manifests.list(user.at("/spec/authorization/acls"));
            assertThat(acls).filteredOn(a -> a.at("/resource/type").asText().equals("topic")
                    && a.path("operations").toString().contains("Read")).extracting(a -> a.at("/resource/name").asText())
                    .as("%s reads exactly the topics it consumes", app).containsExactlyInAnyOrderElementsOf(reads);
            assertThat(acls).filteredOn(a -> a.at("/resource/type").asText().equals("topic")
                    && a.path("operations").toString().contains("Write")).extracting(a -> a.at("/resource/name").asText())
                    .as("%s writes exactly its own events and dead letters", app).containsExactlyInAnyOrderElementsOf(writes);
            List<String> groupPrefixes = acls.stream().filter(a -> a.at("/resource/type").asText().equals("group"))
                    .map(a -> a.at("/resource/name").asText()).toList();
            assertThat(groupPrefixes).as("%s's consumer groups, by prefix", app).containsExactly(app);
            assertThat(groups).as("%s's consumer groups fall under its prefix", app).allMatch(g -> g.startsWith(app));
        }
        JsonNode kafka = release.get("Kafka", "wijknetwerk-kafka");
        assertThat(kafka.at("/spec/kafka/listeners/0/authentication/type").asText()).isEqualTo("scram-sha-512");
        assertThat(kafka.at("/spec/kafka/listeners/0/tls").asBoolean()).isTrue();
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(external.ofKind("KafkaUser")).as("an existing Kafka brings its own users").isEmpty();

        Manifests plain = Chart.render(Chart.CHART, List.of(), Map.of("kafka.strimzi.authentication", "none"));
        assertThat(plain.ofKind("KafkaUser")).isEmpty();
        assertThat(plain.configMapData("wijknetwerk-case-service")).doesNotContainKey("KAFKA_SECURITY_PROTOCOL")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "wijknetwerk-kafka-kafka-bootstrap:9092");
    }

    @Test
    void makesADatabaseAndRolePerServiceInCloudNativePG() {
        JsonNode cluster = release.get("Cluster", "wijknetwerk-postgres");
        List<String> roles = Manifests.list(cluster.at("/spec/managed/roles")).stream().map(r -> r.path("name").asText()).toList();
        List<JsonNode> databases = release.ofKind("Database").toList();

        for (String app : Applications.NAMES) {
            if (!Applications.isService(app)) {
                continue;
            }
            String database = database(Applications.configuration(app).getProperty("quarkus.datasource.jdbc.url"));
            assertThat(roles).contains(database);
            assertThat(databases).anySatisfy(d -> {
                assertThat(d.at("/spec/name").asText()).isEqualTo(database);
                assertThat(d.at("/spec/owner").asText()).isEqualTo(database);
                assertThat(d.at("/spec/cluster/name").asText()).isEqualTo("wijknetwerk-postgres");
            });
        }
        assertThat(external.kinds()).doesNotContain("Cluster", "Database", "Kafka", "KafkaNodePool", "Keycloak", "KeycloakRealmImport");
    }

    private static String database(String jdbcUrl) {
        Matcher m = JDBC_DATABASE.matcher(jdbcUrl);
        assertThat(m.find()).as("database in %s", jdbcUrl).isTrue();
        return m.group(1);
    }

    @Test
    void migratesEachDatabaseWithTheServicesOwnImageBeforeItServes() {
        for (String app : Applications.NAMES) {
            JsonNode pod = release.get("Deployment", Chart.RELEASE + "-" + app).at("/spec/template/spec");
            if (!Applications.isService(app)) {
                assertThat(pod.has("initContainers")).as("%s has no database", app).isFalse();
                continue;
            }
            assertThat(Applications.configuration(app).getProperty("quarkus.flyway.migrate-at-start")).isEqualTo("true");
            JsonNode migrate = pod.at("/initContainers/0");
            assertThat(migrate.path("name").asText()).isEqualTo("migrate");
            assertThat(migrate.path("image").asText()).isEqualTo(pod.at("/containers/0/image").asText());
            Map<String, String> env = new HashMap<>();
            Manifests.list(migrate.path("env")).forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
            assertThat(env).containsEntry("QUARKUS_INIT_AND_EXIT", "true").containsEntry("QUARKUS_FLYWAY_ACTIVE", "true")
                    .containsKeys("WIJKNETWERK_DB_USER", "WIJKNETWERK_DB_PASSWORD");
            assertThat(migrate.at("/envFrom/0/configMapRef/name").asText()).isEqualTo(Chart.RELEASE + "-" + app);
            assertThat(release.configMapData(Chart.RELEASE + "-" + app))
                    .as("the serving container leaves the schema to the init container")
                    .containsEntry("QUARKUS_FLYWAY_ACTIVE", "false");
        }
    }
}
