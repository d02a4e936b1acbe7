package org.collections.gateway.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.DevKeys;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * OAuth2 client credentials for agencies without certificates: an admin creates a client (the secret is shown once
 * and stored only hashed), the client gets a short agency token at /oauth2/token, and that token works at the edge
 * even where agency tokens otherwise need a certificate; wrong, revoked and rotated-away secrets get invalid_client.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PartnerTlsResource.class, restrictToAnnotatedClass = true)
class ClientCredentialsTest {

    private static final String CLIENTS = "/api/v1/partner-clients";
    private static final PartnerHttp HTTPS = PartnerHttp.as(null);
    static final String TOKEN_KEY_ID = "platform-2026";
    /** The DEV-ONLY service secrets whose hashes the gateway is given (dev-keys/dev.env, SERVICE_CLIENT_SECRET_HASHES). */
    private static final String CONTACT_SERVICE_SECRET = DevKeys.value("SERVICE_CLIENT_SECRET_CONTACT_SERVICE");
    private static final String PLAN_SERVICE_SECRET = DevKeys.value("SERVICE_CLIENT_SECRET_PLAN_SERVICE");

    @Inject
    JWTParser parser;

    record Client(String id, String secret) {
    }

    @Test
    void clientGetsAShortLivedAgencyTokenThatTheEdgeAccepts() throws Exception {
        Client client = created("AGENCY-A");

        HttpResponse<String> response = token(basic(client.id(), client.secret()), "grant_type=client_credentials");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = PartnerHttp.json(response);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        JsonWebToken jwt = parser.parse(body.get("access_token").asText());
        assertThat(jwt.getIssuer()).isEqualTo("collections-platform");
        assertThat(jwt.getAudience()).containsExactly("collections-api");
        assertThat(jwt.getGroups()).containsExactly("agency");
        assertThat(jwt.<Object>getClaim("agency_id").toString()).isEqualTo("AGENCY-A");
        assertThat(jwt.getSubject()).isEqualTo("client:" + client.id());
        assertThat(jwt.getExpirationTime() - jwt.getIssuedAtTime()).isEqualTo(900);
        // the key id, so that services verifying with a set of keys (a key rotation) pick the right one
        String header = new String(Base64.getUrlDecoder().decode(body.get("access_token").asText().split("\\.")[0]),
                StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(header).path("kid").asText()).isEqualTo(TOKEN_KEY_ID);
        // No certificate, and this gateway requires one for other agency tokens: a client-credential token passes.
        HttpResponse<String> call = HTTPS.get(EchoRoute.PATH, body.get("access_token").asText());
        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
    }

    @Test
    void clientMayAuthenticateWithFormFieldsInstead() throws Exception {
        Client client = created("AGENCY-B");

        HttpResponse<String> response = token(null, "grant_type=client_credentials&client_id=" + client.id()
                + "&client_secret=" + URLEncoder.encode(client.secret(), StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theSecretIsStoredOnlyAsASaltedHash() throws Exception {
        Client client = created("AGENCY-A");

        List<Map<String, Object>> rows = Jdbc.query("select * from partner_client where client_id = '" + client.id() + "'");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("secret_hash").toString()).startsWith("pbkdf2-sha256$");
        assertThat(rows.get(0).values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(client.secret()));
        assertThat(Jdbc.query("select * from audit_log where entity_id = '" + client.id() + "'").toString())
                .doesNotContain(client.secret());
        HttpResponse<String> read = HTTPS.get(CLIENTS + "/" + client.id(), Tokens.admin());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(client.secret()).doesNotContain("clientSecret");
    }

    @Test
    void wrongSecretOrUnknownClientIsInvalidClientWithABasicChallenge() throws Exception {
        Client client = created("AGENCY-A");

        for (String authorization : new String[] {basic(client.id(), client.secret() + "x"),
                basic("pc-000000000000000000000000", client.secret()), null}) {
            HttpResponse<String> response = token(authorization, "grant_type=client_credentials");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(PartnerHttp.json(response).get("error").asText()).isEqualTo("invalid_client");
        }
    }

    @Test
    void malformedRequestsGetTheOAuthErrors() throws Exception {
        Client client = created("AGENCY-A");
        String auth = basic(client.id(), client.secret());

        assertThat(error(token(auth, "grant_type=password"), 400)).isEqualTo("unsupported_grant_type");
        assertThat(error(token(auth, "scope=x"), 400)).isEqualTo("invalid_request");
        assertThat(error(token(auth, "grant_type=client_credentials&client_id=" + client.id()), 400)).isEqualTo("invalid_request");
        assertThat(error(token(auth, "grant_type=client_credentials&grant_type=client_credentials"), 400)).isEqualTo("invalid_request");
    }

    @Test
    void revokedClientGetsNoTokenAndItsTokensAreRefused() throws Exception {
        Client client = created("AGENCY-A");
        String issued = PartnerHttp.json(token(basic(client.id(), client.secret()), "grant_type=client_credentials"))
                .get("access_token").asText();

        HttpResponse<String> revoked = HTTPS.postJson(CLIENTS + "/" + client.id() + "/revocation", Tokens.admin(),
                Map.of("reason", "Contract ended"));

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(PartnerHttp.json(revoked).get("status").asText()).isEqualTo("REVOKED");
        assertThat(error(token(basic(client.id(), client.secret()), "grant_type=client_credentials"), 401))
                .isEqualTo("invalid_client");
        HttpResponse<String> call = HTTPS.get(EchoRoute.PATH, issued);
        assertThat(call.statusCode()).isEqualTo(403);
        assertThat(PartnerHttp.json(call).get("detail").asText()).contains("revoked");
        assertThat(Jdbc.query("select action from audit_log where entity_id = '" + client.id() + "' order by id"))
                .extracting(row -> row.get("action")).containsExactly("PARTNER_CLIENT_CREATED", "PARTNER_CLIENT_REVOKED");
    }

    @Test
    void rotationReplacesTheSecretAtOnce() throws Exception {
        Client client = created("AGENCY-A");

        HttpResponse<String> rotated = HTTPS.postJson(CLIENTS + "/" + client.id() + "/secret-rotation", Tokens.admin(),
                Map.of("reason", "Quarterly rotation"));

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String newSecret = PartnerHttp.json(rotated).get("clientSecret").asText();
        assertThat(newSecret).isNotEqualTo(client.secret());
        assertThat(token(basic(client.id(), client.secret()), "grant_type=client_credentials").statusCode()).isEqualTo(401);
        assertThat(token(basic(client.id(), newSecret), "grant_type=client_credentials").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresLockTheClientIdForAWhile() throws Exception {
        Client client = created("AGENCY-A");
        for (int i = 0; i < 5; i++) {
            assertThat(token(basic(client.id(), "guess-" + i), "grant_type=client_credentials").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = token(basic(client.id(), client.secret()), "grant_type=client_credentials");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(PartnerHttp.json(locked).has("access_token")).isFalse();
    }

    @Test
    void onlyAdminsManageClientsAndOnlyForActiveAgencies() throws Exception {
        assertThat(HTTPS.postJson(CLIENTS, Tokens.supervisor(), Map.of("agencyId", "AGENCY-A", "reason", "x")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> suspended = HTTPS.postJson(CLIENTS, Tokens.admin(), Map.of("agencyId", "AGENCY-S", "reason", "x"));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(422);
        assertThat(Jdbc.query("select 1 from partner_client where agency_id = 'AGENCY-S'")).isEmpty();
    }

    @Test
    void aPlatformServiceGetsATokenWithTheServiceRoleAlone() throws Exception {
        HttpResponse<String> response = token(basic("contact-service", CONTACT_SERVICE_SECRET), "grant_type=client_credentials");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = PartnerHttp.json(response);
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        JsonWebToken jwt = parser.parse(body.get("access_token").asText());
        assertThat(jwt.getSubject()).isEqualTo("service:contact-service");
        assertThat(jwt.getGroups()).containsExactly("service");
        assertThat(jwt.getClaimNames()).doesNotContain("agency_id");
        assertThat(jwt.getAudience()).containsExactly("collections-api");
        // form fields work as for partners
        assertThat(token(null, "grant_type=client_credentials&client_id=contact-service&client_secret="
                + URLEncoder.encode(CONTACT_SERVICE_SECRET, StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongServiceSecretOrUnknownServiceIsInvalidClient() throws Exception {
        for (String authorization : new String[] {basic("contact-service", CONTACT_SERVICE_SECRET + "x"),
                basic("contact-service", PLAN_SERVICE_SECRET), basic("billing-service", CONTACT_SERVICE_SECRET)}) {
            HttpResponse<String> response = token(authorization, "grant_type=client_credentials");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(PartnerHttp.json(response).get("error").asText()).isEqualTo("invalid_client");
            assertThat(response.body()).doesNotContain(CONTACT_SERVICE_SECRET);
        }
    }

    @Test
    void aServiceTokenIsRefusedAtThePublicEdgeAndOnAdminOperations() throws Exception {
        String serviceToken = PartnerHttp.json(token(basic("plan-service", PLAN_SERVICE_SECRET),
                "grant_type=client_credentials")).get("access_token").asText();

        HttpResponse<String> edge = HTTPS.get(EchoRoute.PATH, serviceToken);
        assertThat(edge.statusCode()).isEqualTo(403);
        assertThat(PartnerHttp.json(edge).get("detail").asText()).contains("service token");
        HttpResponse<String> admin = HTTPS.postJson(CLIENTS, serviceToken, Map.of("agencyId", "AGENCY-A", "reason", "x"));
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(HTTPS.get(CLIENTS, serviceToken).statusCode()).isEqualTo(403);
        assertThat(Jdbc.query("select 1 from partner_client where created_by like 'service:%'")).isEmpty();
    }

    private static Client created(String agencyId) throws Exception {
        HttpResponse<String> created = HTTPS.postJson(CLIENTS, Tokens.admin(),
                Map.of("agencyId", agencyId, "reason", "Integration without certificates"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = PartnerHttp.json(created);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(CLIENTS + "/" + body.get("clientId").asText()));
        return new Client(body.get("clientId").asText(), body.get("clientSecret").asText());
    }

    private static HttpResponse<String> token(String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PartnerHttp.https("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTPS.send(request.build());
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static String error(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return PartnerHttp.json(response).get("error").asText();
    }
}
