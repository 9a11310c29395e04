package org.masthead.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes of a page's inputs, as 32 lower-case hex digits: a 128-bit MurmurHash3 (x64) over the
 * parts' characters, each part followed by its length, so "ab"+"c" differs from "a"+"bc". Not
 * cryptographic: it only tells a page's inputs from the same page's inputs last time, and must be
 * cheap, as every page's inputs are hashed on every export (SHA-256 over them cost more than the
 * rest of the page list on a cold JVM). {@link #ofBytes} is SHA-256, for content.
 */
final class InputHash {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private InputHash() {
    }

    static String of(Object... parts) {
        Murmur m = new Murmur();
        for (Object p : parts) {
            String s = String.valueOf(p);
            m.add(s);
            m.addChar((char) 0);
            m.addChar((char) (s.length() >>> 16));
            m.addChar((char) s.length());
        }
        return m.hex();
    }

    /**
     * SHA-256 (hex) of the text's UTF-8 bytes followed by a zero byte: what this class gave before
     * it used MurmurHash3. Addresses are made from it (a tag or author name in another script),
     * so it must never change.
     */
    static String stable(String text) {
        MessageDigest md = sha256();
        md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
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

    /** MurmurHash3_x64_128 over a stream of 16-bit characters, 8 characters (16 bytes) a block. */
    private static final class Murmur {
        private long h1;
        private long h2;
        private long k1;
        private long k2;
        private int inBlock; // characters in the current block, 0..7
        private long total;  // characters in all

        void add(String s) {
            for (int i = 0, n = s.length(); i < n; i++) addChar(s.charAt(i));
        }

        void addChar(char c) {
            long v = c & 0xffffL;
            if (inBlock < 4) k1 |= v << (16 * inBlock);
            else k2 |= v << (16 * (inBlock - 4));
            total++;
            if (++inBlock == 8) {
                block();
                inBlock = 0;
                k1 = 0;
                k2 = 0;
            }
        }

        private void block() {
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }

        private static long mixK1(long k) {
            k *= C1;
            k = Long.rotateLeft(k, 31);
            return k * C2;
        }

        private static long mixK2(long k) {
            k *= C2;
            k = Long.rotateLeft(k, 33);
            return k * C1;
        }

        String hex() {
            if (inBlock > 0) {
                h2 ^= mixK2(k2);
                h1 ^= mixK1(k1);
            }
            long len = total * 2;
            h1 ^= len;
            h2 ^= len;
            h1 += h2;
            h2 += h1;
            h1 = fmix(h1);
            h2 = fmix(h2);
            h1 += h2;
            h2 += h1;
            return HexFormat.of().toHexDigits(h1) + HexFormat.of().toHexDigits(h2);
        }

        private static long fmix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb9fe1a85ec53L;
            k ^= k >>> 33;
            return k;
        }
    }
}
