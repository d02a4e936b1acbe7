package org.collections.gateway.partners.edge;

import io.quarkus.tls.TlsConfigurationRegistry;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the HTTPS listener ask for a client certificate (TLS client auth REQUEST) when its TLS configuration has a
 * trust store (the partner CAs): a certificate, when sent, must chain to one of them or the handshake fails; clients
 * without one still connect and use bearer tokens. Set here rather than with {@code quarkus.http.ssl.client-auth},
 * because that build-time setting also installs Quarkus's mTLS authentication mechanism at the same priority as
 * bearer tokens, so a certificate could become the request's identity instead of its token; here the token stays
 * the identity and {@link PartnerEnforcement} holds the certificate against it.
 */
@ApplicationScoped
public class ClientCertificateRequest implements HttpServerOptionsCustomizer {

    private final TlsConfigurationRegistry registry;
    private final Optional<String> tlsConfiguration;

    public ClientCertificateRequest(TlsConfigurationRegistry registry,
            @ConfigProperty(name = "quarkus.http.tls-configuration-name") Optional<String> tlsConfiguration) {
        this.registry = registry;
        this.tlsConfiguration = tlsConfiguration;
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        boolean partnerCas = tlsConfiguration.flatMap(registry::get).map(tls -> tls.getTrustStore() != null).orElse(false);
        if (partnerCas) {
            options.setClientAuth(ClientAuth.REQUEST);
        }
    }
}
