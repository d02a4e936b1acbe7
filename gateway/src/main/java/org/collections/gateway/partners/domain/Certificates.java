package org.collections.gateway.partners.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/** Reading a PEM certificate an admin submits, and the fingerprint that identifies a certificate. */
public final class Certificates {

    private Certificates() {
    }

    /** The one X.509 certificate in {@code pem}, or empty when it holds none, several, or anything else. */
    public static Optional<X509Certificate> parsePem(String pem) {
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            return Optional.empty();
        }
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
            if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate x509)) {
                return Optional.empty();
            }
            return Optional.of(x509);
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Lower-case hex SHA-256 of the certificate's DER encoding: what an admin sees as its fingerprint. */
    public static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
