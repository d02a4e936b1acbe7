package org.collections.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.collections.testsupport.ServiceProcess;
import org.junit.jupiter.api.extension.ExtendWith;

/** A whole-suite scenario: the running suite, and requests to its services as a given principal. */
@ExtendWith(Suite.Extension.class)
abstract class Scenario {

    /** Set by {@link Suite.Extension} before the scenario's first test. */
    static Suite suite;

    static RequestSpecification as(ServiceProcess service, String token) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A reference unique to this run, so scenarios never meet each other's data. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
