package org.collections.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an integrator first does in Swagger UI: send the default example of each create operation, in order. */
@QuarkusTest
class RequestExamplesTest {

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theDefaultExamplesOfTheCreateOperationsSucceedWhenSent() {
        // the registry may already hold the example agency from another test's run of this walkthrough
        send("/api/v1/agencies", "/api/v1/agencies").then().statusCode(oneOf(201, 409));

        Response created = send("/api/v1/cases", "/api/v1/cases");
        created.then().statusCode(201).contentType(ContentType.JSON).body("status", equalTo("NEW"))
                .body("balance", equalTo("1310.50"));
        String caseId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/cases/" + caseId);
        String cases = "/api/v1/cases/" + caseId;

        send("/api/v1/cases/{id}/transitions", cases + "/transitions").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        followLocation(send("/api/v1/cases/{id}/placements", cases + "/placements"), "agencyId", "AGENCY-A");
        followLocation(send("/api/v1/cases/{id}/breathing-space", cases + "/breathing-space"), "inForce", true);
        followLocation(send("/api/v1/cases/{id}/notes", cases + "/notes"), "caseId", caseId);
        followLocation(send("/api/v1/cases/{id}/disputes", cases + "/disputes"), "caseId", caseId);
        followLocation(send("/api/v1/debtors", "/api/v1/debtors"), "fullName", "Wang Fang");
    }

    private Response send(String documentedPath, String path) {
        JsonNode examples = document.path("paths").path(documentedPath).path("post").path("requestBody")
                .path("content").path("application/json").path("examples");
        assertThat(examples.size()).as("request examples of POST " + documentedPath).isPositive();
        JsonNode value = examples.elements().next().path("value");
        String body = value.isTextual() ? value.asText() : value.toString();
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(body).post(path);
    }

    private static void followLocation(Response created, String field, Object expected) {
        created.then().statusCode(201);
        String location = created.header("Location");
        assertThat(location).as("Location").isNotNull();
        given().auth().oauth2(Tokens.admin()).accept(ContentType.JSON).get(location).then().statusCode(200)
                .body("id", equalTo(created.path("id"))).body(field, equalTo(expected));
    }
}
