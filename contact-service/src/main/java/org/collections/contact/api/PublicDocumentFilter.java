package org.collections.contact.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collections.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Keeps the document to the public API and makes every documented error a problem+json response: commons'
 * ProblemResponsesFilter adds the statuses an operation does not declare; this one gives the declared ones (a 409
 * with its own description) the Problem schema and an example with their real status. Only /api paths are public:
 * the event inbox and test-only endpoints are not part of the contract.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublicDocumentFilter implements OASFilter {

    private static final Map<Integer, String[]> TYPES = Map.of(
            400, new String[] {"malformed-json", "Malformed JSON"},
            403, new String[] {"forbidden", "Forbidden"},
            404, new String[] {"not-found", "Not found"},
            409, new String[] {"conflict", "Conflict"},
            412, new String[] {"precondition-failed", "Precondition failed"},
            422, new String[] {"validation", "Validation failed"},
            428, new String[] {"precondition-required", "Precondition required"},
            503, new String[] {"dependency-unavailable", "Service unavailable"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream().filter(path -> !path.startsWith("/api/"))
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                    response.setContent(problem(Integer.parseInt(status), response));
                }
            });
        }));
    }

    private static Content problem(int status, APIResponse response) {
        String[] typeAndTitle = TYPES.getOrDefault(status, new String[] {"error", "Error"});
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + typeAndTitle[0]);
        example.put("title", typeAndTitle[1]);
        example.put("status", status);
        example.put("detail", response.getDescription());
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")).example(example));
    }
}
