package nl.wijknetwerk.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** The Kubernetes objects one {@code helm template} run rendered. */
record Manifests(List<JsonNode> objects) {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    static Manifests parse(String yaml) {
        return new Manifests(Chart.parseAll(yaml));
    }

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        objects.forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }

    /** Workloads (Deployments, StatefulSets, …) with their pod templates. */
    List<Workload> workloads() {
        return objects.stream()
                .filter(o -> WORKLOADS.contains(o.path("kind").asText()))
                .map(o -> new Workload(o.path("kind").asText() + "/" + name(o), o.path("spec").path("template")))
                .toList();
    }

    /** The ConfigMap data of one application, as the environment its container gets. */
    Map<String, String> configMapData(String name) {
        Map<String, String> data = new HashMap<>();
        get("ConfigMap", name).path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** A pod template and the object it belongs to. */
    record Workload(String id, JsonNode template) {

        JsonNode podSpec() {
            return template.path("spec");
        }

        Map<String, String> labels() {
            return Manifests.labels(template.path("metadata").path("labels"));
        }

        List<JsonNode> containers() {
            return list(podSpec().path("containers"));
        }

        List<JsonNode> initContainers() {
            return list(podSpec().path("initContainers"));
        }

        List<JsonNode> allContainers() {
            List<JsonNode> all = new ArrayList<>(initContainers());
            all.addAll(containers());
            return all;
        }

        /** A named container port resolved to its number; numbers stay as they are. */
        Optional<Integer> resolvePort(JsonNode port) {
            if (port.isInt()) {
                return Optional.of(port.asInt());
            }
            return containers().stream()
                    .flatMap(c -> list(c.path("ports")).stream())
                    .filter(p -> port.asText().equals(p.path("name").asText()))
                    .map(p -> p.path("containerPort").asInt())
                    .findFirst();
        }
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
