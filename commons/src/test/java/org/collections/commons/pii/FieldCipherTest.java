package org.collections.commons.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final byte[] OLD = key(1);
    private static final byte[] NEW = key(2);

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (seed * 31 + i);
        }
        return k;
    }

    @Property
    void anyTextSurvivesEncryptionAndNeverAppearsInTheCiphertext(@ForAll String text) {
        FieldCipher cipher = new FieldCipher("k2", Map.of("k2", NEW));
        String sealed = cipher.encrypt(text);
        assertThat(cipher.decrypt(sealed)).isEqualTo(text);
        assertThat(sealed).startsWith("v1:k2:");
        if (text.length() >= 4) {
            assertThat(sealed).doesNotContain(text);
        }
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher("k2", Map.of("k2", NEW));
        assertThat(cipher.encrypt("13800138000")).isNotEqualTo(cipher.encrypt("13800138000"));
    }

    @Test
    void rotationEncryptsWithTheActiveKeyAndStillReadsOldValues() {
        String old = new FieldCipher("k1", Map.of("k1", OLD)).encrypt("110101199003071234");
        FieldCipher rotated = new FieldCipher("k2", Map.of("k1", OLD, "k2", NEW));
        assertThat(rotated.decrypt(old)).isEqualTo("110101199003071234");
        assertThat(rotated.encrypt("x")).startsWith("v1:k2:");
        assertThatThrownBy(() -> new FieldCipher("k2", Map.of("k2", NEW)).decrypt(old))
                .hasMessageContaining("Unknown encryption key id k1");
    }

    @Test
    void tamperingIsDetected() {
        FieldCipher cipher = new FieldCipher("k2", Map.of("k2", NEW));
        String sealed = cipher.encrypt("secret");
        byte[] raw = Base64.getDecoder().decode(sealed.substring("v1:k2:".length()));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("v1:k2:" + Base64.getEncoder().encodeToString(raw)))
                .hasMessageContaining("tampered");
        // a ciphertext relabelled with another key id fails too (the key id is authenticated)
        FieldCipher both = new FieldCipher("k2", Map.of("k1", NEW, "k2", NEW));
        assertThatThrownBy(() -> both.decrypt(sealed.replace("v1:k2:", "v1:k1:"))).hasMessageContaining("tampered");
    }

    @Test
    void weakOrMissingKeysAreRefused() {
        assertThatThrownBy(() -> new FieldCipher("k9", Map.of("k2", NEW))).hasMessageContaining("active key id");
        assertThatThrownBy(() -> new FieldCipher("k2", Map.of("k2", new byte[16]))).hasMessageContaining("256 bits");
    }
}
