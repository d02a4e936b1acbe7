package org.collections.contact.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.collections.testsupport.Tokens;

/**
 * The gateway's token endpoint as a WireMock stub: contact-service's own client-credential token for the test's
 * client secret, as the gateway issues it (role service alone, 15 minutes).
 */
public final class GatewayTokens {

    public static final String PATH = "/oauth2/token";
    public static final String SECRET = "test-only-contact-service-secret";
    public static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString(("contact-service:" + SECRET).getBytes(StandardCharsets.UTF_8));

    private GatewayTokens() {
    }

    /** Answers the right credentials with {@code token}; anything else finds no stub (404). */
    public static void issue(WireMockServer gateway, String token) {
        gateway.stubFor(post(urlEqualTo(PATH)).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
    }

    public static void issueServiceToken(WireMockServer gateway) {
        issue(gateway, Tokens.service("contact-service"));
    }
}
