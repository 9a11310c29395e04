package org.masthead.triage;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate detection for submissions: the same piece re-sent under another subject, to
 * several addresses or after a decline, also when its wording was touched up. The text is
 * normalised (NFKC, lower case, punctuation and symbols dropped) and cut into shingles: runs
 * of three words, or of three characters for Chinese and Japanese, which have no spaces. A
 * {@link Signature} of {@code hashes} values is made by one-permutation hashing: each shingle is
 * hashed once; the hash's high bits choose one of the {@code hashes} bins and its low 32 bits
 * compete for that bin's minimum. A bin no shingle reached borrows the minimum of another bin,
 * chosen by a fixed hash of its number and a try count (Shrivastava's "optimal densification",
 * ICML 2017), so short texts still give comparable signatures. The share of equal positions in
 * two signatures estimates the Jaccard similarity of their shingle sets, as with k independent
 * hash functions, at one hash per shingle instead of k. {@link #bandKeys} cuts a signature into
 * bands so a store finds candidates by key equality (two texts that share any band key) instead
 * of comparing every pair; {@link #isNearDuplicate} then decides.
 *
 * <p>Seeds are fixed, so signatures computed today compare with those stored last year; a
 * change of shingling, seeds or sizes must change {@link #FORMAT_VERSION} (stores keep band keys
 * made with it, and make them again when it changes).
 */
public final class MinHash {

    public static final int FORMAT_VERSION = 3;
    public static final int DEFAULT_HASHES = 128;
    public static final int DEFAULT_BANDS = 32;
    /**
     * A re-sent copy with a new salutation and a few words changed in each paragraph estimates
     * about 0.8 with three-word shingles (MinHashTest's sample: 0.83); two different pieces on the
     * same topic, sharing its vocabulary, near 0 (0.0). The threshold leaves room for heavier
     * rewording; the 32 bands of 4 make a pair at 0.45 a candidate 74% of the time, at 0.8 always.
     */
    public static final double DEFAULT_THRESHOLD = 0.45;

    static final int WORDS_PER_SHINGLE = 3;
    /** How much of a text its signature reads. */
    static final int MAX_CHARS = 6000;
    static final int CHARS_PER_SHINGLE = 3;
    private static final long SEED_BASE = 0x6d61737468656164L; // "masthead"

    /** The hashes of one text; {@link #isEmpty()} when the text had nothing to shingle. */
    public record Signature(int[] values) {
        public Signature {
            values = values.clone();
        }

        @Override
        public int[] values() {
            return values.clone();
        }

        public boolean isEmpty() {
            return Arrays.stream(values).allMatch(v -> v == -1);
        }

        /** "MH", a format version, the count, the hashes; what a store keeps. */
        public byte[] toBytes() {
            ByteBuffer b = ByteBuffer.allocate(5 + 4 * values.length);
            b.put((byte) 'M').put((byte) 'H').put((byte) FORMAT_VERSION).putShort((short) values.length);
            for (int v : values) b.putInt(v);
            return b.array();
        }

        public static Signature fromBytes(byte[] bytes) {
            if (bytes == null || bytes.length < 5 || bytes[0] != 'M' || bytes[1] != 'H') {
                throw new IllegalArgumentException("not a MinHash signature (it should start with \"MH\")");
            }
            if (bytes[2] != FORMAT_VERSION) {
                throw new IllegalArgumentException("MinHash signature format " + bytes[2] + " is not " + FORMAT_VERSION
                        + "; compute the signature again from the text");
            }
            ByteBuffer b = ByteBuffer.wrap(bytes, 3, bytes.length - 3);
            int n = Short.toUnsignedInt(b.getShort());
            if (b.remaining() != 4 * n) {
                throw new IllegalArgumentException("MinHash signature is cut short: " + n + " hashes announced, "
                        + b.remaining() / 4 + " present");
            }
            int[] v = new int[n];
            for (int i = 0; i < n; i++) v[i] = b.getInt();
            return new Signature(v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Signature[" + values.length + " hashes" + (isEmpty() ? ", empty" : "") + "]";
        }
    }

    private final int hashes;
    private final int bands;
    private final double threshold;

    public MinHash(int hashes, int bands, double threshold) {
        if (hashes <= 0 || hashes > 0xFFFF || bands <= 0 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a positive multiple of bands (" + bands + ")");
        }
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        this.hashes = hashes;
        this.bands = bands;
        this.threshold = threshold;
    }

    /** 128 hashes in 32 bands of 4, threshold {@value #DEFAULT_THRESHOLD}. */
    public MinHash() {
        this(DEFAULT_HASHES, DEFAULT_BANDS, DEFAULT_THRESHOLD);
    }

    public Signature signature(String text) {
        long[] min = new long[hashes];
        Arrays.fill(min, Long.MAX_VALUE);
        long[] shingles = shingleHashes(text);
        int[] out = new int[hashes];
        if (shingles.length == 0) {
            Arrays.fill(out, -1);
            return new Signature(out);
        }
        for (long h : shingles) {
            // h is well mixed: its high 32 bits pick the bin (uniformly, by multiply-shift), its low 32 bits compete in it
            int bin = (int) (((h >>> 32) * hashes) >>> 32);
            long v = h & 0xFFFFFFFFL;
            if (v < min[bin]) min[bin] = v;
        }
        for (int i = 0; i < hashes; i++) {
            long v = min[i];
            // An empty bin takes the value of a bin chosen by (its number, try): the same choice in every text.
            for (int attempt = 1; v == Long.MAX_VALUE; attempt++) {
                long r = mix(SEED_BASE ^ ((long) i << 32) ^ attempt);
                v = min[(int) (((r >>> 32) * hashes) >>> 32)];
            }
            out[i] = (int) v;
        }
        return new Signature(out);
    }

    /**
     * The hashes of {@link #shingles} (a repeated shingle repeated), without making a string of each shingle: a
     * word's hash is taken once and the hashes of k neighbours are chained.
     */
    static long[] shingleHashes(String text) {
        // The first MAX_CHARS characters (some 1,000 words) say whether two pieces are the same piece;
        // the rest of a long one costs time and changes no verdict.
        String norm = normalise(text != null && text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (norm.isEmpty()) return new long[0];
        long[] parts;
        int k;
        if (Scripts.of(norm).mostlyCjk()) {
            parts = norm.replace(" ", "").codePoints().mapToLong(cp -> mix(cp + 0x51_7cc1_b727_220aL)).toArray();
            k = Math.min(CHARS_PER_SHINGLE, parts.length);
        } else {
            String[] words = norm.split(" ");
            parts = new long[words.length];
            for (int i = 0; i < words.length; i++) parts[i] = hash(words[i]);
            k = Math.min(WORDS_PER_SHINGLE, words.length);
        }
        int n = parts.length - k + 1;
        long[] out = new long[Math.max(n, 0)];
        for (int i = 0; i < n; i++) {
            long h = SEED_BASE;
            for (int j = 0; j < k; j++) h = mix(h ^ parts[i + j]);
            out[i] = h;
        }
        return out; // a shingle met twice changes no minimum: no need to make them distinct
    }

    /** Estimated Jaccard similarity of the two texts' shingles, 0 when either has none. */
    public double similarity(Signature a, Signature b) {
        int[] x = checked(a);
        int[] y = checked(b);
        if (a.isEmpty() || b.isEmpty()) return 0;
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) same++;
        }
        return (double) same / x.length;
    }

    public boolean isNearDuplicate(Signature a, Signature b) {
        return similarity(a, b) >= threshold;
    }

    /** One key per band; the band's number is part of the key, so keys of different bands never meet. */
    public long[] bandKeys(Signature signature) {
        int[] v = checked(signature);
        int rows = v.length / bands;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = mix(SEED_BASE ^ b);
            for (int r = 0; r < rows; r++) h = mix(h ^ (v[b * rows + r] & 0xFFFFFFFFL));
            keys[b] = h;
        }
        return keys;
    }

    private int[] checked(Signature s) {
        int[] v = s.values;
        if (v.length != hashes) {
            throw new IllegalArgumentException("signature has " + v.length + " hashes, this MinHash " + hashes);
        }
        return v;
    }

    /** Lower case, NFKC, letters and digits only, single spaces. */
    static String normalise(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) out.append((char) cp);
                else out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    static Set<String> shingles(String text) {
        String norm = normalise(text);
        Set<String> out = new HashSet<>();
        if (norm.isEmpty()) return out;
        if (Scripts.of(norm).mostlyCjk()) {
            int[] cps = norm.replace(" ", "").codePoints().toArray();
            int k = Math.min(CHARS_PER_SHINGLE, cps.length);
            for (int i = 0; i + k <= cps.length; i++) out.add(new String(cps, i, k));
            return out;
        }
        List<String> words = new ArrayList<>(List.of(norm.split(" ")));
        int k = Math.min(WORDS_PER_SHINGLE, words.size());
        for (int i = 0; i + k <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + k)));
        return out;
    }

    /** FNV-1a over the UTF-16 units, finished with a mix so short shingles spread well. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a bijection on 64 bits that scatters nearby inputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
