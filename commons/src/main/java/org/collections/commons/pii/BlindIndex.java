package org.collections.commons.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 blind index: lets a column of encrypted values be searched by exact match without decrypting
 * them. Values are normalised first (phone numbers keep digits and a leading '+', ids drop spaces and dashes
 * and are upper-cased) so formatting differences still match.
 */
public final class BlindIndex {

    private final SecretKeySpec key;

    public BlindIndex(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("Blind index key must be at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String phone(String phone) {
        return phone == null ? null : hmac("phone:" + normalisePhone(phone));
    }

    public String nationalId(String id) {
        return id == null ? null : hmac("nid:" + id.replaceAll("[\\s-]", "").toUpperCase());
    }

    public String email(String email) {
        return email == null ? null : hmac("email:" + email.strip().toLowerCase());
    }

    /** Any other value, matched exactly after trimming and folding white space. */
    public String text(String namespace, String value) {
        return value == null ? null : hmac(namespace + ":" + value.strip().replaceAll("\\s+", " "));
    }

    /** A keyed digest of a value exactly as given (no normalisation), e.g. a request fingerprint. */
    public String exact(String namespace, String value) {
        return value == null ? null : hmac(namespace + ":" + value);
    }

    public static String normalisePhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
