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
        assertThat(merged.at("/info/description").asText()).contains("monitoring");
    }
}
