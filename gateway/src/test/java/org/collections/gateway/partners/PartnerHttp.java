package org.collections.gateway.partners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.ConfigProvider;

/** HTTPS calls to the gateway under test, as a partner makes them: with or without a client certificate. */
final class PartnerHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;

    private PartnerHttp(HttpClient client) {
        this.client = client;
    }

    /** A client that presents the certificate of {@code keyStore} (agency-a, agency-b, unmapped, rogue) or none (null). */
    static PartnerHttp as(String keyStore) {
        try {
            Path dir = dir();
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            try (InputStream in = Files.newInputStream(dir.resolve("server-ca.crt"))) {
                trusted.setCertificateEntry("server-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(dir.resolve(keyStore + ".p12"))) {
                    store.load(in, TestPki.PASSWORD.toCharArray());
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, TestPki.PASSWORD.toCharArray());
            }
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return new PartnerHttp(HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Path dir() {
        return Path.of(ConfigProvider.getConfig().getValue("partners.test.dir", String.class));
    }

    static String pem(String name) {
        try {
            return Files.readString(dir().resolve(name + ".crt"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static URI https(String path) {
        return URI.create("https://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class) + path);
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token).GET().build());
    }

    HttpResponse<String> postJson(String path, String token, Object body) throws Exception {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    HttpResponse<String> delete(String path, String token) throws Exception {
        return send(request(path, token).DELETE().build());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(https(path)).timeout(Duration.ofSeconds(20));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
