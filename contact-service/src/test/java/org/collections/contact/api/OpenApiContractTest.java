package org.collections.contact.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.openapi.OpenApiContract;
import org.junit.jupiter.api.Test;

/** contact-service's document is a contract a client can be generated from (issue 11). */
@QuarkusTest
class OpenApiContractTest {

    private static String document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    @Test
    void theDocumentBreaksNoRuleOfTheContract() {
        assertThat(OpenApiContract.violations(document())).isEmpty();
    }

    @Test
    void createdResourcesComeBackTypedWithTheirLocation() {
        JsonPath doc = JsonPath.from(document());
        for (String path : List.of("/api/v1/contact-points", "/api/v1/consents", "/api/v1/attempts",
                "/api/v1/contact-requests", "/api/v1/messages", "/api/v1/templates")) {
            String created = "paths.'" + path + "'.post.responses.'201'";
            assertThat(doc.getString(created + ".content.'application/json'.schema.'$ref'")).as(path).isNotBlank();
            assertThat(doc.getMap(created + ".headers")).as(path).containsKey("Location");
        }
        assertThat(doc.getString("paths.'/api/v1/contact-decisions'.post.operationId")).isEqualTo("decideContact");
        assertThat(doc.getString("paths.'/api/v1/contact-decisions'.post.responses.'200'.content.'application/json'"
                + ".schema.'$ref'")).isEqualTo("#/components/schemas/ContactDecision");
    }

    @Test
    void leasingIsAPostAndListsComeInTheCursorEnvelope() {
        JsonPath doc = JsonPath.from(document());
        assertThat(doc.getMap("paths.'/api/v1/dispatch-leases'")).containsOnlyKeys("post");
        assertThat(doc.getString("paths.'/api/v1/dispatch-leases'.post.responses.'200'.content.'application/json'"
                + ".schema.'$ref'")).isEqualTo("#/components/schemas/DispatchLease");
        Map<String, Object> page = doc.getMap("components.schemas.CursorPageAttemptView.properties");
        assertThat(page).containsKeys("items", "nextCursor", "limit");
    }

    @Test
    void internalAndTestEndpointsStayOut() {
        JsonPath doc = JsonPath.from(document());
        assertThat(doc.getMap("paths").keySet()).allMatch(path -> ((String) path).startsWith("/api/v1/"));
        assertThat(doc.getList("tags.findAll { !it.description }")).isEmpty();
    }
}
