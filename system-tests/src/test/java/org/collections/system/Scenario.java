package org.collections.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole-suite scenario: the running suite, reached through its gateway like any client. Flows use the generated
 * client ({@link Gateway}); {@link #as} is for scenarios that check raw HTTP (refusals, headers, problem bodies).
 * Only operator and test plumbing (test clock, internal event inboxes, stopping processes) talks to a service itself.
 */
@ExtendWith(Suite.Extension.class)
abstract class Scenario {

    /** Set by {@link Suite.Extension} before the scenario's first test. */
    static Suite suite;

    /** A raw HTTP request to the gateway as the bearer of {@code token}. */
    static RequestSpecification as(String token) {
        return given().baseUri(suite.gateway.url()).auth().oauth2(token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A reference unique to this run, so scenarios never meet each other's data. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
