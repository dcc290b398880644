package nl.wijknetwerk.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode doc(String path, String schema, String idType) throws Exception {
        return json.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"%s": {"get": {"responses": {"200": {"description": "ok",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}},
                   "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                   "%s": {"type": "object", "properties": {"id": {"type": "%s"}}},
                   "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}},
                   "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer"}}}}
                """.formatted(path, schema, schema, idType));
    }

    @Test
    void pathsOfAllServicesAndSharedSchemasOnce() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("cases", doc("/api/wards/{ward}/cases", "CaseView", "string"));
        docs.put("network", doc("/api/wards", "WardView", "string"));
        ObjectNode merged = new OpenApiMerger(json).merge(docs, List.of(), "0.1.0");

        assertThat(merged.path("paths").has("/api/wards/{ward}/cases")).isTrue();
        assertThat(merged.path("paths").has("/api/wards")).isTrue();
        assertThat(merged.path("components").path("schemas").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("CaseView", "WardView", "Problem");
        assertThat(merged.at("/paths/~1api~1wards/get/tags/0").asText()).isEqualTo("network");
        assertThat(merged.at("/components/securitySchemes/SecurityScheme/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void aDifferentSchemaUnderATakenNameIsRenamedWithItsReferences() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("cases", doc("/api/wards/{ward}/cases", "Summary", "string"));
        docs.put("budget", doc("/api/wards/{ward}/budgets", "Summary", "integer"));
        ObjectNode merged = new OpenApiMerger(json).merge(docs, List.of("monitoring"), "0.1.0");

        assertThat(merged.at("/components/schemas/Summary/properties/id/type").asText()).isEqualTo("string");
        assertThat(merged.at("/components/schemas/budget.Summary/properties/id/type").asText()).isEqualTo("integer");
        assertThat(merged.at("/paths/~1api~1wards~1{ward}~1budgets/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/budget.Summary");
        assertThat(merged.at("/paths/~1api~1wards~1{ward}~1budgets/get/responses/400/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(merged.at("/info/description").asText()).contains("monitoring").contains("`size` (or `limit`, `pageSize`) is at most 200");
    }

    /**
     * Two services as they really collide: budget-service's {@code Status} (ACTIVE, RELEASED) comes first, then
     * case-service's {@code Status} (PROPOSED, ADOPTED) with an {@code InitiativeRequest} and an {@code Audit} that
     * is word for word budget's {@code Audit} but names its own {@code Status}.
     */
    @Test
    void everyReferenceResolvesToTheSchemaItsServiceMeant() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("budget", json.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"/api/wards/{ward}/budgets": {"get": {"responses": {"200": {"description": "ok",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Allocation"}}}}}}}},
                 "components": {"schemas": {
                   "Status": {"type": "string", "enum": ["ACTIVE", "RELEASED"]},
                   "Audit": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"}}},
                   "Allocation": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"},
                     "audit": {"$ref": "#/components/schemas/Audit"}}}}}}
                """));
        docs.put("cases", json.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"/api/wards/{ward}/initiatives": {"post": {
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/InitiativeRequest"}}}},
                   "responses": {"201": {"description": "ok",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Audit"}}}}}}}},
                 "components": {"schemas": {
                   "InitiativeRequest": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"},
                     "audit": {"$ref": "#/components/schemas/Audit"}}},
                   "Audit": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"}}},
                   "Status": {"type": "string", "enum": ["PROPOSED", "ADOPTED"]}}}}
                """));
        ObjectNode merged = new OpenApiMerger(json).merge(docs, List.of(), "0.1.0");

        docs.forEach((service, document) -> document.path("paths").fields().forEachRemaining(path ->
                assertThat(inline(merged, merged.path("paths").path(path.getKey()), 0))
                        .as("%s %s in the merged document", service, path.getKey())
                        .isEqualTo(inline(document, path.getValue(), 0))));
        List<String> refs = new java.util.ArrayList<>();
        merged.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
        assertThat(refs).allSatisfy(ref -> assertThat(merged.at(ref.substring(1)).isObject()).as(ref).isTrue());
        assertThat(merged.at("/components/schemas/InitiativeRequest/properties/status/$ref").asText())
                .isEqualTo("#/components/schemas/cases.Status");
    }

    /** The node with every schema reference replaced by what it points at (tags left out), so documents compare by meaning. */
    private JsonNode inline(JsonNode document, JsonNode node, int depth) {
        if (depth > 20) {
            return node;
        }
        if (node.isObject() && node.has("$ref")) {
            return inline(document, document.at(node.get("$ref").asText().substring(1)), depth + 1);
        }
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            node.fields().forEachRemaining(field -> object.set(field.getKey(), inline(document, field.getValue(), depth + 1)));
            object.remove("tags"); // the merger adds the owner's tag to each operation
        } else if (copy instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inline(document, node.get(i), depth + 1));
            }
        }
        return copy;
    }
}
