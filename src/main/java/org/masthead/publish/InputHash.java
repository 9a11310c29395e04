package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a page's inputs, as lower-case hex; the parts are separated so "ab"+"c" differs from "a"+"bc". */
final class InputHash {

    private InputHash() {
    }

    static String of(Object... parts) {
        MessageDigest md = sha256();
        for (Object p : parts) {
            md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String ofBytes(byte[] b) {
        return HexFormat.of().formatHex(sha256().digest(b));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
