package org.collections.cases.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Served over TLS (a throw-away self-signed test certificate), responses ask browsers to keep to HTTPS. */
@QuarkusTest
@TestProfile(TlsHeadersTest.WithTls.class)
class TlsHeadersTest {

    public static class WithTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.ssl.certificate.key-store-file", "test-tls.p12",
                    "quarkus.http.ssl.certificate.key-store-password", "changeit",
                    "quarkus.http.test-ssl-port", "0");
        }
    }

    @TestHTTPResource(value = "/", tls = true)
    URL https;

    @TestHTTPResource("/")
    URL http;

    @Test
    void httpsResponsesCarryStrictTransportSecurity() {
        given().relaxedHTTPSValidation().baseUri(base(https)).auth().oauth2(Tokens.admin())
                .get("/api/v1/cases").then().statusCode(200)
                .header("Strict-Transport-Security", startsWith("max-age="))
                .header("X-Content-Type-Options", "nosniff");
        given().relaxedHTTPSValidation().baseUri(base(https)).get("/api/v1/cases").then().statusCode(401)
                .header("Strict-Transport-Security", startsWith("max-age="));
    }

    @Test
    void plainHttpResponsesDoNotClaimHsts() {
        given().baseUri(base(http)).auth().oauth2(Tokens.admin()).get("/api/v1/cases").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    private static String base(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }
}
