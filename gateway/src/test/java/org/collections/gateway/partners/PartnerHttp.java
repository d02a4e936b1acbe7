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
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
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
        return as(keyStore, false);
    }

    /**
     * Like {@link #as(String)}; with {@code force} the certificate is sent even when its issuer is not among the CAs
     * the server names in its certificate request (as curl does), instead of being held back as a JDK client does.
     */
    static PartnerHttp as(String keyStore, boolean force) {
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
            KeyManager[] managers = keys == null ? null : keys.getKeyManagers();
            if (force && managers != null) {
                managers = new KeyManager[] {new AlwaysPresent((X509ExtendedKeyManager) managers[0])};
            }
            tls.init(managers, trust.getTrustManagers(), null);
            return new PartnerHttp(HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Presents its one certificate whatever the server asks for. */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {

        private final X509ExtendedKeyManager delegate;

        AlwaysPresent(X509ExtendedKeyManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return "client";
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return "client";
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {"client"};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return delegate.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return delegate.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return delegate.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return delegate.getPrivateKey(alias);
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
        HttpRequest.Builder builder = HttpRequest.newBuilder(https(path)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
