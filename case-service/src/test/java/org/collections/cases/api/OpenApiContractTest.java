package org.collections.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.collections.testsupport.openapi.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The document a client is generated from keeps the contract rules (issue 11). */
@QuarkusTest
class OpenApiContractTest {

    private static String document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString();
    }

    @Test
    void theDocumentBreaksNoContractRule() {
        assertThat(OpenApiContract.violations(document())).isEmpty();
    }

    @Test
    void createdResourcesAreTypedAndListsComeInTheCursorEnvelope() {
        JsonPath doc = JsonPath.from(document());
        assertThat(doc.getString("paths.'/api/v1/cases'.post.operationId")).isEqualTo("createCase");
        assertThat(doc.getString("paths.'/api/v1/cases'.post.responses.'201'.content.'application/json'.schema.$ref"))
                .endsWith("/CaseView");
        assertThat(doc.getMap("paths.'/api/v1/cases'.post.responses.'201'.headers")).containsKey("Location");
        assertThat(doc.getString("paths.'/api/v1/cases'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .contains("CursorPage");
        assertThat(doc.getList("paths.'/api/v1/cases'.get.parameters.name", String.class))
                .contains("limit", "cursor").doesNotContain("page", "size");
        assertThat(doc.getMap("paths")).doesNotContainKey("/internal/v1/events");
        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertThat(schemas).doesNotContainKeys("JsonNode", "ObjectNode", "Page");
        assertThat(doc.getString("components.schemas.AuditEntryView.properties.after.type")).contains("object");
    }
}
