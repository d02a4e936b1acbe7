package org.collections.commons.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: overlong encodings, encoded surrogates and truncated sequences are malformed. */
public final class Utf8 {

    private Utf8() {
    }

    public static boolean wellFormed(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The bytes a URI's percent-escapes stand for (other characters as they are), for {@link #wellFormed}. */
    public static byte[] percentDecoded(String uri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && i + 2 < uri.length() && hex(uri.charAt(i + 1)) >= 0 && hex(uri.charAt(i + 2)) >= 0) {
                out.write(hex(uri.charAt(i + 1)) * 16 + hex(uri.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
