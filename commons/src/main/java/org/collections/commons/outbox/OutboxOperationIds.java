package org.collections.commons.outbox;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Every service serves the same {@link OutboxDeliveryResource} under {@code /api/v1/outboxes/<service>/...}; in the
 * platform's merged contract operation ids must be unique, so each gets its service's name:
 * {@code listDeliveries} under {@code /api/v1/outboxes/case-service} becomes {@code listCaseServiceDeliveries}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OutboxOperationIds implements OASFilter {

    static final String PREFIX = "/api/v1/outboxes/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(PREFIX)) {
                String service = pascal(path.substring(PREFIX.length()).split("/")[0]);
                item.getOperations().values().forEach(operation -> rename(operation, service));
            }
        });
    }

    private static void rename(Operation operation, String service) {
        String id = operation.getOperationId();
        if (id != null && id.contains("Deliver") && !id.contains(service)) {
            operation.setOperationId(id.replaceFirst("Deliver", service + "Deliver"));
        }
    }

    static String pascal(String kebab) {
        return Arrays.stream(kebab.split("-")).filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining());
    }
}
