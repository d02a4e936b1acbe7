package org.collections.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.collections.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DocumentUpstreams.class, restrictToAnnotatedClass = true)
class MergedOpenApiTest {

    @Test
    void servesTheMergedDocumentAndCompletesItWhenAMissingServiceComesBack() throws Exception {
        JsonNode merged = merged();
        assertThat(merged.at("/info/title").asText()).isEqualTo("Collections platform API");
        assertThat(merged.path("paths").has("/api/v1/cases")).isTrue();
        assertThat(merged.path("paths").has("/api/v1/plans")).isTrue();
        assertThat(merged.path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(merged.at("/components/schemas/CaseView").isObject()).isTrue();
        assertThat(merged.path(OpenApiMerger.UNAVAILABLE_EXTENSION).toString()).isEqualTo("[\"contact-service\"]");
        assertThat(merged.at("/info/description").asText()).contains("contact-service");

        DocumentUpstreams.contactComesBack();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (merged.has(OpenApiMerger.UNAVAILABLE_EXTENSION) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            merged = merged();
        }
        assertThat(merged.has(OpenApiMerger.UNAVAILABLE_EXTENSION)).isFalse();
        assertThat(merged.at("/paths/~1api~1v1~1cases~1{caseId}~1contact-decisions/post/operationId").asText())
                .isEqualTo("decideContact");
        assertThat(merged.at("/info/description").asText()).doesNotContain("contact-service is", "Incomplete");
    }

    @Test
    void servesYamlOnRequest() throws Exception {
        String yaml = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract().asString();
        assertThat(new YAMLMapper().readTree(yaml).at("/info/title").asText()).isEqualTo("Collections platform API");

        given().header("Accept", "application/yaml").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml"));
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("application/json"));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/q/openapi"), not(containsString("openapi-gateway")));
        // the gateway's own operations are still documented by SmallRye, for the merge
        given().get("/q/openapi-gateway?format=json").then().statusCode(200).body(containsString("\"openapi\""));
    }

    @Test
    void theMergedDocumentNeedsNoToken() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("\"bearerJwt\""), containsString("\"tokenUrl\" : \"/oauth2/token\""));
    }

    private static JsonNode merged() {
        return PlatformApi.parse(given().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString());
    }
}
