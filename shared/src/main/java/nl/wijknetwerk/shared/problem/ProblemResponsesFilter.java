package nl.wijknetwerk.shared.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import nl.wijknetwerk.api.Problem;

/**
 * Documents the problem+json answers every operation can give, so a partner reading the API sees the error shape
 * once and on every operation: 400 with the offending fields, 401, 403, 404 for a ward or record that is not
 * there, 409 for a write the current state refuses. A response an operation documents with a body of its own is
 * left as it is.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, Object> INVALID_EXAMPLE = Map.of(
            "type", "https://wijknetwerk.nl/problems/invalid-request", "title", "Invalid request", "status", 400,
            "errors", List.of(Map.of("field", "score", "message", "must be between 1 and 10")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("the offending field or parameter"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail, media type application/problem+json")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean scoped = path.contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                boolean write = op.getKey() != PathItem.HttpMethod.GET && op.getKey() != PathItem.HttpMethod.HEAD;
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.getValue().setResponses(responses);
                }
                add(responses, "400", "Invalid request: `errors` names each offending field", INVALID_EXAMPLE);
                add(responses, "401", "No valid bearer token", null);
                add(responses, "403", "The token does not give this role or ward", null);
                if (scoped) {
                    add(responses, "404", "No such ward or record (another ward's record is not found either)", null);
                }
                if (write) {
                    add(responses, "409", "The current state refuses this change (e.g. a suspended ward)", null);
                }
            }
        });
    }

    private static void add(APIResponses responses, String status, String description, Object example) {
        var mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (example != null) {
            mediaType.example(example);
        }
        var content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            // Quarkus documents 400/401/403 on its own, without a body; say what the body is.
            existing.setContent(content);
        }
    }
}
