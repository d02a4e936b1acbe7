package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A query parameter that does not convert to its type is a 422 naming it, like every validation error; never a 404. */
@QuarkusTest
class QueryParametersTest {

    private static final String SOME_ID = UUID.randomUUID().toString();

    @Test
    void aPageLimitThatIsNotAWholeNumberIsA422OnLimitOnEveryKindOfList() {
        for (String list : List.of("/api/v1/plans", "/api/v1/plans/" + SOME_ID + "/payments",
                "/api/v1/promises?caseId=" + SOME_ID, "/api/v1/reconciliations/" + SOME_ID + "/drifts",
                "/api/v1/outboxes/plan-service/deliveries")) {
            for (String bad : List.of("abc", "1e1000000", "12.5")) {
                given().auth().oauth2(Tokens.admin()).queryParam("limit", bad).get(list).then().statusCode(422)
                        .contentType("application/problem+json")
                        .body("status", equalTo(422))
                        .body("errors[0].field", equalTo("limit"))
                        .body("errors[0].message", equalTo("must be a whole number between 1 and 200"))
                        .body(not(containsString(bad)));
            }
        }
    }

    @Test
    void aCaseIdThatIsNotAUuidIsA422OnCaseIdWhileAMalformedIdInAPathIsNotFound() {
        given().auth().oauth2(Tokens.admin()).queryParam("caseId", "CASE-42").get("/api/v1/plans").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("caseId"))
                .body(not(containsString("CASE-42")));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/plans/CASE-42/payments").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("The resource does not exist"));
    }
}
