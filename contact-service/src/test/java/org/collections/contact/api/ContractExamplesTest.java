package org.collections.contact.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The request examples of the document, sent as Swagger UI sends them, succeed: each default example passes
 * validation and does what it says once the case it names exists.
 */
@QuarkusTest
@TestProfile(ContractExamplesTest.OwnDatabase.class)
class ContractExamplesTest {

    /** Its own database: the examples name fixed ids (creditor ACME, one case) that other tests must not share. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    @Inject
    EventSignature signature;

    private static JsonPath doc() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    /** The default (first) example of an operation's request body. */
    private static Map<String, Object> example(JsonPath doc, String path, String method) {
        Map<String, Object> value = doc.getMap("paths.'" + path + "'." + method
                + ".requestBody.content.'application/json'.examples.values()[0].value");
        assertThat(value).as("the example of " + method + " " + path).isNotEmpty();
        return value;
    }

    /** The example value of a path parameter. */
    private static String param(JsonPath doc, String path, String method, String name) {
        return doc.getString("paths.'" + path + "'." + method + ".parameters.find { it.name == '" + name + "' }.example");
    }

    private static Response send(String token, String method, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).request(method, path);
    }

    @Test
    void theDefaultExamplesOfTheMainOperationsSucceed() throws Exception {
        JsonPath doc = doc();
        Map<String, Object> decision = example(doc, "/api/v1/contact-decisions", "post");
        Map<String, Object> point = example(doc, "/api/v1/contact-points", "post");
        // the case the examples name, as case-service announces it
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "CaseStatusChanged", Map.of("caseId",
                decision.get("caseId"), "debtorId", point.get("debtorId"), "creditorId", "ACME", "to", "ACTIVE",
                "jurisdiction", "US", "timeZone", "America/New_York", "restrictions", List.of(), "caseVersion", 1))
                .then().statusCode(200);

        send(Tokens.collector(), "POST", "/api/v1/contact-points", point).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/contact-points?debtorId=" + point.get("debtorId")))
                .body("value", org.hamcrest.Matchers.equalTo("+12125550147"));
        send(Tokens.collector(), "POST", "/api/v1/consents", example(doc, "/api/v1/consents", "post")).then()
                .statusCode(201);
        send(Tokens.collector(), "POST", "/api/v1/contact-decisions", decision).then().statusCode(200)
                .body("decision", org.hamcrest.Matchers.oneOf("ALLOW", "BLOCK"));
        send(Tokens.collector(), "POST", "/api/v1/contact-requests", example(doc, "/api/v1/contact-requests", "post"))
                .then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        send(Tokens.collector(), "POST", "/api/v1/attempts", example(doc, "/api/v1/attempts", "post")).then()
                .statusCode(201).body("compliant", org.hamcrest.Matchers.equalTo(true));
        send(Tokens.collector(), "POST", "/api/v1/dispatch-leases", example(doc, "/api/v1/dispatch-leases", "post"))
                .then().statusCode(200);

        send(Tokens.supervisor(), "POST", "/api/v1/templates", example(doc, "/api/v1/templates", "post")).then()
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/templates/"));
        String overrides = "/api/v1/rule-packs/{packId}/overrides/{creditorId}";
        send(Tokens.admin(), "PUT", "/api/v1/rule-packs/" + param(doc, overrides, "put", "packId") + "/overrides/"
                + param(doc, overrides, "put", "creditorId"), example(doc, overrides, "put")).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/rule-packs/US_REGF/overrides/ACME"));
        String choices = "/api/v1/creditors/{creditorId}/rule-pack-choices/{jurisdiction}";
        send(Tokens.admin(), "PUT", "/api/v1/creditors/" + param(doc, choices, "put", "creditorId")
                + "/rule-pack-choices/" + param(doc, choices, "put", "jurisdiction"), example(doc, choices, "put"))
                .then().statusCode(201);
        send(Tokens.admin(), "POST", "/api/v1/daily-plans", example(doc, "/api/v1/daily-plans", "post")).then()
                .statusCode(200).body("channel", org.hamcrest.Matchers.equalTo("CALL"));

        List<Object> attempts = given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/attempts?caseId=" + decision.get("caseId")).then().statusCode(200).extract().path("items");
        assertThat(attempts).hasSize(1);
    }
}
