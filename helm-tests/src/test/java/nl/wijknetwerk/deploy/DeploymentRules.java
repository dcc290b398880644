package nl.wijknetwerk.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.deploy.Manifests.Workload;

/**
 * What every rendered release must satisfy, as lists of violations: an empty list means the rule holds. The
 * same rules run on the real chart (no violations) and on deliberately broken copies (violations), so a
 * rule that cannot fail is noticed.
 */
final class DeploymentRules {

    private DeploymentRules() {
    }

    /** Every serving container has a startup, liveness and readiness probe on SmallRye Health, on the management port. */
    static List<String> probes(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (JsonNode container : workload.containers()) {
                String id = workload.id() + " container " + container.path("name").asText();
                probe(container, "livenessProbe", "/q/health/live", id, violations);
                probe(container, "readinessProbe", "/q/health/ready", id, violations);
                probe(container, "startupProbe", "/q/health/started", id, violations);
            }
        }
        return violations;
    }

    private static void probe(JsonNode container, String probe, String path, String id, List<String> violations) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        if (httpGet.isMissingNode()) {
            violations.add(id + " has no " + probe);
        } else if (!path.equals(httpGet.path("path").asText())) {
            violations.add(id + " " + probe + " checks " + httpGet.path("path").asText() + " instead of " + path);
        } else if (!"management".equals(httpGet.path("port").asText())) {
            violations.add(id + " " + probe + " asks port " + httpGet.path("port").asText() + " instead of the management port");
        }
    }

    /** Every container, init containers included, has CPU and memory limits and requests. */
    static List<String> resources(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (JsonNode container : workload.allContainers()) {
                JsonNode resources = container.path("resources");
                for (String kind : List.of("limits", "requests")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (resources.path(kind).path(resource).asText().isBlank()) {
                            violations.add(workload.id() + " container " + container.path("name").asText()
                                    + " has no " + kind + "." + resource);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** Pod Security Standard "restricted": non-root, no escalation, no capabilities, read-only root, seccomp. */
    static List<String> restrictedSecurity(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            JsonNode pod = workload.podSpec().path("securityContext");
            for (JsonNode container : workload.allContainers()) {
                String id = workload.id() + " container " + container.path("name").asText();
                JsonNode sc = container.path("securityContext");
                if (!effective(sc, pod, "runAsNonRoot").map(JsonNode::asBoolean).orElse(false)) {
                    violations.add(id + " may run as root (runAsNonRoot not true)");
                }
                if (effective(sc, pod, "runAsUser").map(u -> u.asInt() == 0).orElse(false)) {
                    violations.add(id + " runs as uid 0");
                }
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    violations.add(id + " allows privilege escalation");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    violations.add(id + " has a writable root filesystem");
                }
                if (!Manifests.list(sc.path("capabilities").path("drop")).stream().anyMatch(c -> "ALL".equals(c.asText()))) {
                    violations.add(id + " does not drop ALL capabilities");
                }
                if (!effective(sc, pod, "seccompProfile").map(p -> "RuntimeDefault".equals(p.path("type").asText())).orElse(false)) {
                    violations.add(id + " has no RuntimeDefault seccomp profile");
                }
            }
        }
        return violations;
    }

    private static Optional<JsonNode> effective(JsonNode container, JsonNode pod, String field) {
        JsonNode value = container.has(field) ? container.get(field) : pod.get(field);
        return Optional.ofNullable(value);
    }

    /** Every image is pinned: a tag that is not {@code latest}, or a digest. */
    static List<String> pinnedImages(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (JsonNode container : workload.allContainers()) {
                pinned(workload.id(), container.path("image").asText()).ifPresent(violations::add);
            }
        }
        manifests.ofKind("Cluster").forEach(c -> pinned("Cluster/" + Manifests.name(c), c.path("spec").path("imageName").asText())
                .ifPresent(violations::add));
        manifests.ofKind("Keycloak").filter(k -> k.path("spec").has("image"))
                .forEach(k -> pinned("Keycloak/" + Manifests.name(k), k.path("spec").path("image").asText()).ifPresent(violations::add));
        return violations;
    }

    static Optional<String> pinned(String owner, String image) {
        if (image.contains("@sha256:")) {
            return Optional.empty();
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon < slash + 1) {
            return Optional.of(owner + " uses " + image + " without a tag");
        }
        if ("latest".equals(image.substring(colon + 1))) {
            return Optional.of(owner + " uses the latest tag: " + image);
        }
        return Optional.empty();
    }

    /**
     * Every Service can be reached: a default-deny policy covers its pods, some NetworkPolicy admits traffic to
     * them on the Service's target port, and when that traffic comes from pods of this release, their own
     * policy lets it leave towards the Service's pods on that port.
     */
    static List<String> networkPaths(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> policies = manifests.ofKind("NetworkPolicy").toList();
        for (JsonNode service : manifests.ofKind("Service").toList()) {
            String id = "Service/" + Manifests.name(service);
            Map<String, String> selector = Manifests.labels(service.path("spec").path("selector"));
            List<Workload> targets = manifests.workloads().stream().filter(w -> w.labels().entrySet().containsAll(selector.entrySet())).toList();
            if (targets.isEmpty()) {
                violations.add(id + " selects no pods");
                continue;
            }
            Workload target = targets.get(0);
            List<JsonNode> covering = policies.stream().filter(p -> selects(p, target.labels())).toList();
            if (covering.stream().noneMatch(p -> isDefaultDeny(p))) {
                violations.add(id + ": no default-deny NetworkPolicy covers its pods");
            }
            for (JsonNode port : Manifests.list(service.path("spec").path("ports"))) {
                Optional<Integer> targetPort = target.resolvePort(port.has("targetPort") ? port.get("targetPort") : port.get("port"));
                if (targetPort.isEmpty()) {
                    violations.add(id + " port " + port.path("name").asText() + " matches no container port");
                    continue;
                }
                List<JsonNode> admitting = covering.stream()
                        .flatMap(p -> Manifests.list(p.path("spec").path("ingress")).stream())
                        .filter(rule -> allowsPort(rule, target, targetPort.get()))
                        .toList();
                if (admitting.isEmpty()) {
                    violations.add(id + ": no NetworkPolicy admits traffic to port " + targetPort.get());
                    continue;
                }
                List<Workload> callers = admitting.stream()
                        .flatMap(rule -> Manifests.list(rule.path("from")).stream())
                        .filter(peer -> peer.has("podSelector") && !peer.has("namespaceSelector"))
                        .flatMap(peer -> manifests.workloads().stream()
                                .filter(w -> w.labels().entrySet().containsAll(
                                        Manifests.labels(peer.path("podSelector").path("matchLabels")).entrySet())))
                        .filter(w -> w != target)
                        .toList();
                for (Workload caller : callers) {
                    boolean leaves = policies.stream()
                            .filter(p -> selects(p, caller.labels()))
                            .flatMap(p -> Manifests.list(p.path("spec").path("egress")).stream())
                            .anyMatch(rule -> allowsPort(rule, target, targetPort.get()) && reaches(rule, target));
                    if (!leaves) {
                        violations.add(id + ": " + caller.id() + " may send to it but no egress rule lets it out");
                    }
                }
            }
        }
        return violations;
    }

    private static boolean selects(JsonNode policy, Map<String, String> podLabels) {
        Map<String, String> matchLabels = Manifests.labels(policy.path("spec").path("podSelector").path("matchLabels"));
        return podLabels.entrySet().containsAll(matchLabels.entrySet());
    }

    private static boolean isDefaultDeny(JsonNode policy) {
        JsonNode spec = policy.path("spec");
        List<String> types = Manifests.list(spec.path("policyTypes")).stream().map(JsonNode::asText).toList();
        return types.containsAll(List.of("Ingress", "Egress")) && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }

    private static boolean allowsPort(JsonNode rule, Workload target, int port) {
        JsonNode ports = rule.path("ports");
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        return Manifests.list(ports).stream().anyMatch(p -> target.resolvePort(p.path("port")).map(n -> n == port).orElse(false));
    }

    private static boolean reaches(JsonNode egressRule, Workload target) {
        JsonNode to = egressRule.path("to");
        if (to.isMissingNode() || to.isEmpty()) {
            return true;
        }
        return Manifests.list(to).stream()
                .filter(peer -> peer.has("podSelector") && !peer.has("namespaceSelector"))
                .anyMatch(peer -> target.labels().entrySet().containsAll(
                        Manifests.labels(peer.path("podSelector").path("matchLabels")).entrySet()));
    }

    /** All rules at once, for tests that only need to know whether a release is acceptable. */
    static List<String> all(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        violations.addAll(probes(manifests));
        violations.addAll(resources(manifests));
        violations.addAll(restrictedSecurity(manifests));
        violations.addAll(pinnedImages(manifests));
        violations.addAll(networkPaths(manifests));
        return violations;
    }
}
