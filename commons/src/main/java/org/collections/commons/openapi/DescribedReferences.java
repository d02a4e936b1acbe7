package org.collections.commons.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A property that refers to another schema and has a description of its own ({@code @Schema(description = ...)} on a
 * record component) is written by SmallRye with the referred schema's {@code type} next to the {@code $ref}. The
 * reference alone says what the property is; with {@code type: object} beside it, the Java client generator no longer
 * treats the property as the referred model. This drops that {@code type}, keeping the description.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DescribedReferences implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(DescribedReferences::plainReferences);
    }

    private static void plainReferences(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.values().forEach(property -> {
            if (property.getRef() != null && property.getType() != null) {
                property.setType(null);
            }
        });
    }
}
