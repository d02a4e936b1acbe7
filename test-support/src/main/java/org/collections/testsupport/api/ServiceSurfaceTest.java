package org.collections.testsupport.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every service shows the outside: probes and metrics only on the management interface, and an OpenAPI document
 * in which every public operation has a tag, a security requirement and its problem responses. A service's
 * {@code @QuarkusTest} extends this and adds what its own document must say.
 */
public abstract class ServiceSurfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    private String management;

    @BeforeEach
    void managementUrl() {
        management = managementRoot.getProtocol() + "://" + managementRoot.getHost() + ":" + managementRoot.getPort();
    }

    /** The service's OpenAPI document. */
    protected static JsonPath openApi() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void healthAndMetricsAreServedOnlyOnTheManagementInterface() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get(management + "/q/metrics").then().statusCode(200);
        given().get(management + "/q/health/ready").then().statusCode(200);
    }

    @Test
    void probesAnswer() {
        given().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "/q/health/live").then().statusCode(200);
    }

    @Test
    void everyPublicOperationIsTaggedSecuredAndListsItsProblems() {
        JsonPath doc = openApi();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/v1")) {
                operations.forEach((method, operation) -> {
                    String what = method + " " + path;
                    assertTrue(operation.containsKey("tags"), what + " has no tag");
                    assertTrue(operation.containsKey("security"), what + " has no security requirement");
                    assertTrue(String.valueOf(operation.get("responses")).contains("40"), what + " lists no 4xx");
                });
            }
        });
        assertTrue(!doc.getMap("components.securitySchemes").isEmpty(), "no security scheme");
    }
}
