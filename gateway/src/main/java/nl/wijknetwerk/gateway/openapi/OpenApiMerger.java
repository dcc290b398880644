package nl.wijknetwerk.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Folds the services' OpenAPI documents into the one a partner reads: all paths, one set of schemas. Services
 * share schema names (every one has {@code Problem}); identical schemas are kept once, a different schema under a
 * taken name is renamed {@code <service>.<name>} and the references in that service's paths follow it.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectMapper json;
    private final int maxPageSize;

    public OpenApiMerger(ObjectMapper json) {
        this(json, 200);
    }

    /** @param maxPageSize the gateway's one limit on {@code size}, {@code limit} and {@code pageSize}, stated in the document */
    public OpenApiMerger(ObjectMapper json, int maxPageSize) {
        this.json = json;
        this.maxPageSize = maxPageSize;
    }

    /** @param documents service name → its OpenAPI document, in the order they should appear */
    public ObjectNode merge(Map<String, JsonNode> documents, List<String> unavailable, String version) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(null))
                .filter(v -> v != null).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Wijknetwerk API");
        info.put("version", version);
        info.put("description", description(unavailable, maxPageSize));
        merged.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        ArrayNode tags = merged.putArray("tags");

        documents.forEach((service, document) -> {
            tags.addObject().put("name", service).put("description", "Operations served by " + service);
            Map<String, String> renamed = renamedSchemas(service, document, schemas);
            ObjectNode renamedDocument = (ObjectNode) rewriteRefs(document.deepCopy(), renamed);
            renamedDocument.path("components").path("schemas").fields().forEachRemaining(schema -> {
                String name = schema.getKey();
                schemas.set(renamed.getOrDefault(name, name), schema.getValue());
            });
            renamedDocument.path("components").path("securitySchemes").fields()
                    .forEachRemaining(s -> securitySchemes.set(s.getKey(), s.getValue()));
            renamedDocument.path("paths").fields().forEachRemaining(path -> {
                if (!paths.has(path.getKey())) {
                    paths.set(path.getKey(), tagged((ObjectNode) path.getValue(), service));
                }
            });
        });
        return merged;
    }

    /**
     * The schemas of one service that must take a {@code <service>.<name>} name: a taken name holding a different
     * schema, and then every schema that differs once its references follow those renames (a schema naming
     * another service's {@code Status} must not be kept as if it were the same), until nothing changes.
     */
    private static Map<String, String> renamedSchemas(String service, JsonNode document, ObjectNode schemas) {
        Map<String, String> renamed = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("components").path("schemas").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> schema = it.next();
                JsonNode existing = schemas.get(schema.getKey());
                if (existing != null && !renamed.containsKey(schema.getKey())
                        && !existing.equals(rewriteRefs(schema.getValue().deepCopy(), renamed))) {
                    renamed.put(schema.getKey(), service + "." + schema.getKey());
                    changed = true;
                }
            }
        }
        return renamed;
    }

    private static String description(List<String> unavailable, int maxPageSize) {
        String text = "One API for the neighbourhood network, served through the gateway. Every ward-scoped path is "
                + "/api/wards/{ward}/…; the bearer token's `wards` claim must include that ward. Errors are RFC 9457 "
                + "problem details (application/problem+json). Lists come in pages: `size` (or `limit`, `pageSize`) is at "
                + "most " + maxPageSize + " everywhere; a larger value is a 400 naming the parameter.";
        return unavailable.isEmpty() ? text
                : text + "\n\nNot included because they did not answer: " + String.join(", ", unavailable) + ".";
    }

    /** Each operation gets its service's tag, so Swagger UI groups them by owner. */
    private static ObjectNode tagged(ObjectNode pathItem, String service) {
        pathItem.fields().forEachRemaining(op -> {
            if (op.getValue() instanceof ObjectNode operation && operation.has("responses")) {
                ArrayNode tags = operation.has("tags") ? (ArrayNode) operation.get("tags") : operation.putArray("tags");
                List<String> existing = new ArrayList<>();
                tags.forEach(t -> existing.add(t.asText()));
                if (!existing.contains(service)) {
                    tags.insert(0, service);
                }
            }
        });
        return pathItem;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> replacements = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().asText().startsWith(SCHEMA_REF)) {
                    String target = field.getValue().asText().substring(SCHEMA_REF.length());
                    if (renamed.containsKey(target)) {
                        replacements.put("$ref", TextNode.valueOf(SCHEMA_REF + renamed.get(target)));
                    }
                } else {
                    rewriteRefs(field.getValue(), renamed);
                }
            }
            replacements.forEach(object::set);
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renamed));
        }
        return node;
    }
}
