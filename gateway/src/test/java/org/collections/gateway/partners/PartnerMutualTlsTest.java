package org.collections.gateway.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Partner agencies over mutual TLS: a registered certificate forces its agency on the request, whatever the token
 * says; a certificate from an unknown CA never gets through; plain HTTP is off while the management port still
 * answers probes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PartnerTlsResource.class, restrictToAnnotatedClass = true)
class PartnerMutualTlsTest {

    private static final String CERTIFICATES = "/api/v1/partner-certificates";

    @Test
    void agencyCertificateWithItsOwnAgencyTokenGetsThrough() throws Exception {
        registered("agency-a", "AGENCY-A");

        HttpResponse<String> response = PartnerHttp.as("agency-a").get(EchoRoute.PATH, Tokens.agency("AGENCY-A"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("passed");
    }

    @Test
    void agencyCertificateWithAnotherAgencysTokenIsForbidden() throws Exception {
        registered("agency-a", "AGENCY-A");

        HttpResponse<String> response = PartnerHttp.as("agency-a").get(EchoRoute.PATH, Tokens.agency("AGENCY-B"));

        assertForbidden(response, "another agency");
    }

    @Test
    void agencyCertificateWithAStaffTokenIsForbidden() throws Exception {
        registered("agency-a", "AGENCY-A");

        assertForbidden(PartnerHttp.as("agency-a").get(EchoRoute.PATH, Tokens.admin()), "needs an agency token");
        assertForbidden(PartnerHttp.as("agency-a").get(EchoRoute.PATH, Tokens.collector()), "needs an agency token");
    }

    @Test
    void certificateOfTheTrustedCaThatNoAdminRegisteredIsForbidden() throws Exception {
        HttpResponse<String> response = PartnerHttp.as("unmapped").get(EchoRoute.PATH, Tokens.agency("AGENCY-A"));

        assertForbidden(response, "not registered");
    }

    @Test
    void certificateFromAnUnknownCaSentAnywayFailsTheHandshake() {
        // The trust store holds only the partner CA: the server refuses the certificate during the handshake, so the
        // client gets an SSL error (TLS 1.3: on its first read), never an HTTP answer.
        assertThatThrownBy(() -> PartnerHttp.as("rogue", true).get(EchoRoute.PATH, Tokens.agency("AGENCY-A")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void certificateFromAnUnknownCaHeldBackByTheClientLeavesTheAgencyTokenAlone() throws Exception {
        // The server names the partner CA in its certificate request; a JDK client has no certificate of it and sends
        // none, so the request is an agency token without a certificate: refused where certificates are required.
        HttpResponse<String> response = PartnerHttp.as("rogue").get(EchoRoute.PATH, Tokens.agency("AGENCY-A"));

        assertForbidden(response, "needs a registered client certificate");
    }

    @Test
    void agencyTokenWithoutACertificateIsForbiddenWhenCertificatesAreRequired() throws Exception {
        HttpResponse<String> response = PartnerHttp.as(null).get(EchoRoute.PATH, Tokens.agency("AGENCY-A"));

        assertForbidden(response, "needs a registered client certificate");
    }

    @Test
    void staffTokenWithoutACertificateGetsThroughOverHttps() throws Exception {
        HttpResponse<String> response = PartnerHttp.as(null).get(EchoRoute.PATH, Tokens.collector());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void removedCertificateNoLongerSpeaksForItsAgency() throws Exception {
        String id = registered("agency-b", "AGENCY-B");
        assertThat(PartnerHttp.as("agency-b").get(EchoRoute.PATH, Tokens.agency("AGENCY-B")).statusCode()).isEqualTo(200);

        HttpResponse<String> removed = PartnerHttp.as(null).delete(CERTIFICATES + "/" + id + "?reason=Contract%20ended",
                Tokens.admin());

        assertThat(removed.statusCode()).isEqualTo(204);
        assertForbidden(PartnerHttp.as("agency-b").get(EchoRoute.PATH, Tokens.agency("AGENCY-B")), "not registered");
        assertThat(PartnerHttp.as(null).get(CERTIFICATES + "/" + id, Tokens.admin()).statusCode()).isEqualTo(404);
        List<Map<String, Object>> audit = Jdbc.query("select action, actor, reason from audit_log "
                + "where entity_type = 'partner_certificate' and entity_id = '" + id + "' order by id");
        assertThat(audit).extracting(row -> row.get("action"))
                .containsExactly("PARTNER_CERTIFICATE_REGISTERED", "PARTNER_CERTIFICATE_REMOVED");
        assertThat(audit.get(1)).containsEntry("actor", "admin-user").containsEntry("reason", "Contract ended");
    }

    @Test
    void registrationShowsTheFingerprintAndListsByAgency() throws Exception {
        registered("agency-a", "AGENCY-A");

        HttpResponse<String> page = PartnerHttp.as(null).get(CERTIFICATES + "?agencyId=agency-a&limit=5", Tokens.admin());

        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode items = PartnerHttp.json(page).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("agencyId").asText()).isEqualTo("AGENCY-A");
        assertThat(items.get(0).get("fingerprintSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(items.get(0).get("subject").asText()).contains("CN=agency-a.partner.test");
    }

    @Test
    void onlyRegisteredActiveAgenciesGetCertificates() throws Exception {
        PartnerHttp admin = PartnerHttp.as(null);

        HttpResponse<String> suspended = admin.postJson(CERTIFICATES, Tokens.admin(),
                Map.of("agencyId", "AGENCY-S", "certificate", PartnerHttp.pem("unmapped"), "reason", "Onboarding"));
        HttpResponse<String> unknown = admin.postJson(CERTIFICATES, Tokens.admin(),
                Map.of("agencyId", "AGENCY-X", "certificate", PartnerHttp.pem("unmapped"), "reason", "Onboarding"));

        assertUnprocessable(suspended, "agencyId");
        assertUnprocessable(unknown, "agencyId");
        assertThat(Jdbc.query("select 1 from partner_certificate where agency_id in ('AGENCY-S', 'AGENCY-X')")).isEmpty();
    }

    @Test
    void badCertificatesAndDuplicatesAreRefusedAndOnlyAdminsRegister() throws Exception {
        registered("agency-a", "AGENCY-A");
        PartnerHttp admin = PartnerHttp.as(null);

        assertUnprocessable(admin.postJson(CERTIFICATES, Tokens.admin(),
                Map.of("agencyId", "AGENCY-A", "certificate", "not a certificate", "reason", "Onboarding")), "certificate");
        HttpResponse<String> duplicate = admin.postJson(CERTIFICATES, Tokens.admin(),
                Map.of("agencyId", "AGENCY-B", "certificate", PartnerHttp.pem("agency-a"), "reason", "Again"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        HttpResponse<String> bySupervisor = admin.postJson(CERTIFICATES, Tokens.supervisor(),
                Map.of("agencyId", "AGENCY-B", "certificate", PartnerHttp.pem("unmapped"), "reason", "Onboarding"));
        assertThat(bySupervisor.statusCode()).isEqualTo(403);
        assertThat(admin.get(CERTIFICATES, Tokens.agency("AGENCY-A")).statusCode()).isEqualTo(403);
    }

    @Test
    void plainHttpIsOffButTheManagementPortAnswersProbes() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        int httpPort = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        int managementPort = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);

        assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/openapi"))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
        HttpResponse<String> live = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/q/health/live")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
    }

    /** Registers the certificate {@code name}.crt for the agency unless it is registered; returns its id. */
    private static String registered(String name, String agencyId) throws Exception {
        PartnerHttp admin = PartnerHttp.as(null);
        HttpResponse<String> created = admin.postJson(CERTIFICATES, Tokens.admin(),
                Map.of("agencyId", agencyId, "certificate", PartnerHttp.pem(name), "reason", "Onboarding " + agencyId));
        if (created.statusCode() == 201) {
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains(CERTIFICATES + "/"));
            return PartnerHttp.json(created).get("id").asText();
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(409);
        JsonNode items = PartnerHttp.json(admin.get(CERTIFICATES + "?agencyId=" + agencyId, Tokens.admin())).get("items");
        return items.get(0).get("id").asText();
    }

    private static void assertForbidden(HttpResponse<String> response, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = PartnerHttp.json(response);
        assertThat(problem.get("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("detail").asText()).contains(detail);
    }

    private static void assertUnprocessable(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(PartnerHttp.json(response).get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
