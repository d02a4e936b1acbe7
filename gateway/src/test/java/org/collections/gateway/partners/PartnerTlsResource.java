package org.collections.gateway.partners;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway as production runs it, on test ports: HTTPS only (plain HTTP off) with client certificates requested
 * and verified against a partner CA generated now, agency tokens needing a certificate or a client-credential token,
 * and case-service's agency registry played by WireMock (AGENCY-A and AGENCY-B active, AGENCY-S suspended).
 * Files in {@code partners.test.dir}: server-ca.crt (what clients trust), agency-a/agency-b/unmapped.p12 (issued by
 * the partner CA), rogue.p12 (issued by a CA the gateway does not know), agency-a.crt and agency-b.crt (PEM).
 */
public class PartnerTlsResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer registry;
    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("gateway-partners-pki");
            TestPki.Issued serverCa = TestPki.authority("Test gateway CA");
            TestPki.Issued partnerCa = TestPki.authority("Test partner CA");
            TestPki.Issued rogueCa = TestPki.authority("Unknown CA");
            TestPki.Issued server = TestPki.server(serverCa);
            serverCa.writeCertificate(dir.resolve("server-ca.crt"));
            partnerCa.writeCertificate(dir.resolve("partner-ca.crt"));
            server.writeCertificate(dir.resolve("server.crt"));
            server.writePrivateKey(dir.resolve("server.key"));
            for (String agency : new String[] {"agency-a", "agency-b", "unmapped"}) {
                TestPki.Issued client = TestPki.client(partnerCa, agency + ".partner.test");
                client.writeKeyStore(dir.resolve(agency + ".p12"), partnerCa);
                client.writeCertificate(dir.resolve(agency + ".crt"));
            }
            TestPki.client(rogueCa, "agency-a.partner.test").writeKeyStore(dir.resolve("rogue.p12"), rogueCa);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot generate the test certificates", e);
        }
        registry = new WireMockServer(options().dynamicPort());
        registry.start();
        registry.stubFor(get(urlPathMatching("/api/v1/agencies/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        agency("AGENCY-A", "ACTIVE");
        agency("AGENCY-B", "ACTIVE");
        agency("AGENCY-S", "SUSPENDED");

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.tls-configuration-name", "partners");
        config.put("quarkus.tls.partners.key-store.pem.server.cert", dir.resolve("server.crt").toString());
        config.put("quarkus.tls.partners.key-store.pem.server.key", dir.resolve("server.key").toString());
        config.put("quarkus.tls.partners.trust-store.pem.certs", dir.resolve("partner-ca.crt").toString());
        config.put("quarkus.http.insecure-requests", "disabled");
        config.put("quarkus.http.test-port", String.valueOf(freePort()));
        config.put("quarkus.http.test-ssl-port", String.valueOf(freePort()));
        config.put("quarkus.management.test-port", String.valueOf(freePort()));
        config.put("gateway.partners.require-certificate-for-agency-tokens", "true");
        config.put("gateway.token-issuer.key-id", ClientCredentialsTest.TOKEN_KEY_ID);
        config.put("gateway.upstreams.case.url", registry.baseUrl());
        config.put("partners.test.dir", dir.toString());
        return config;
    }

    private void agency(String id, String status) {
        registry.stubFor(get("/api/v1/agencies/" + id).atPriority(1)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + id + "\",\"name\":\"" + id + " Ltd\",\"status\":\"" + status + "\"}")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (registry != null) {
            registry.stop();
        }
        if (dir != null) {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
