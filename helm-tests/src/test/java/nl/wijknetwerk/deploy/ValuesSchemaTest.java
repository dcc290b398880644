package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json refuses values that would render a broken or unsafe release, before anything is rendered. */
class ValuesSchemaTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            apps.gateway.replicas                          | two                | replicas
            defaults.autoscaling.maxReplicas               | many               | maxReplicas
            kafka.strimzi.replicas                         | three              | replicas
            networkPolicy.enabled                          | perhaps            | enabled
            apps.case-service.image.tag                    | latest             | tag
            apps.gateway.replica                           | 3                  | replica
            ingress.tlsSecret                              | Not_A_Name         | tlsSecret
            defaults.resources.limits.memory               | lots               | memory
            kafka.external.bootstrapServers                | kafka              | bootstrapServers
            apps.network-service.database.existingSecret   | ''                 | existingSecret
            postgresql.cloudNativePG.imageName             | postgres:latest    | imageName
            """)
    void refusesAWrongValue(String key, String value, String namedInError) {
        Map<String, Object> set = Map.of(key, value);

        assertThatThrownBy(() -> Chart.render(Chart.CHART, List.of(), set))
                .as("--set %s=%s", key, value)
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(namedInError);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            apps.gateway.replicas           | 3
            apps.case-service.image.tag     | 0.2.0
            kafka.strimzi.replicas          | 5
            ingress.host                    | wijknetwerk.ussen.example
            """)
    void acceptsARightValue(String key, String value) {
        assertThat(Chart.render(Chart.CHART, List.of(), Map.of(key, value)).workloads()).hasSize(Applications.NAMES.size());
    }
}
