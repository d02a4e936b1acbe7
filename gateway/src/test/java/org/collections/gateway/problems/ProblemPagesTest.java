package org.collections.gateway.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.collections.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresDatabase.class, restrictToAnnotatedClass = true)
class ProblemPagesTest {

    @Test
    void aProblemTypeResolvesToAPageSayingWhatItMeansAndWhatToDo() {
        given().get("/problems/validation").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Validation failed</h1>"), containsString("What it means"),
                        containsString("Typical causes"), containsString("What to do"),
                        containsString("<code>errors</code>"), containsString("HTTP 422"));
        given().get("/problems/contact-not-permitted").then().statusCode(200)
                .body(containsString("next permitted"));
    }

    @Test
    void theIndexListsEveryType() {
        given().get("/problems").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("href=\"/problems/validation\""), containsString("href=\"/problems/not-found\""),
                        containsString("href=\"/problems/rate-limited\""));
    }

    @Test
    void anUnknownTypeIsA404ProblemThatDoesNotEchoTheName() {
        given().get("/problems/no-such-problem").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"), "status", equalTo(404))
                .body(not(containsString("no-such-problem")));
        given().get("/problems/%3Cscript%3E").then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString("script")));
    }
}
