package org.collections.commons.pii;

/**
 * Encrypts personal data carried in an event payload with the transit keys shared by sender and receiver
 * ({@code pii.transit.active-key-id}, {@code pii.transit.keyring}). The receiver decrypts it and stores it under its
 * own keys; the payload in the outbox and inbox tables holds only ciphertext.
 */
public final class TransitCipher {

    private final FieldCipher cipher;

    TransitCipher(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public String encrypt(String plaintext) {
        return configured().encrypt(plaintext);
    }

    public String decrypt(String ciphertext) {
        return configured().decrypt(ciphertext);
    }

    private FieldCipher configured() {
        if (cipher == null) {
            throw new IllegalStateException("Personal data in events needs pii.transit.active-key-id and "
                    + "pii.transit.keyring (PII_TRANSIT_ACTIVE_KEY_ID, PII_TRANSIT_KEYRING)");
        }
        return cipher;
    }
}
