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
 * {@link Signature} keeps, for each of {@code hashes} seeded hash functions, the smallest hash
 * of any shingle; the share of equal positions in two signatures estimates the Jaccard
 * similarity of their shingle sets. {@link #bandKeys} cuts a signature into bands so a store
 * finds candidates by key equality (two texts that share any band key) instead of comparing
 * every pair; {@link #isNearDuplicate} then decides.
 *
 * <p>Seeds are fixed, so signatures computed today compare with those stored last year; a
 * change of shingling, seeds or sizes must change {@link #FORMAT_VERSION}.
 */
public final class MinHash {

    public static final int FORMAT_VERSION = 2;
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

    private final long[] seeds;
    private final long[] multipliers;
    private final int bands;
    private final double threshold;

    public MinHash(int hashes, int bands, double threshold) {
        if (hashes <= 0 || hashes > 0xFFFF || bands <= 0 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a positive multiple of bands (" + bands + ")");
        }
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        this.seeds = new long[hashes];
        this.multipliers = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            seeds[i] = mix(SEED_BASE + 0x9E3779B97F4A7C15L * (i + 1));
            multipliers[i] = mix(seeds[i] ^ 0x2545F4914F6CDD1DL) | 1L;
        }
        this.bands = bands;
        this.threshold = threshold;
    }

    /** 128 hashes in 32 bands of 4, threshold {@value #DEFAULT_THRESHOLD}. */
    public MinHash() {
        this(DEFAULT_HASHES, DEFAULT_BANDS, DEFAULT_THRESHOLD);
    }

    public Signature signature(String text) {
        // Each shingle's (already well mixed) hash goes through one multiply-add per hash function:
        // the high 32 bits of h * a + b, a odd, are a 2-universal family; a full mix per function
        // cost four times as much for the same estimate. The minimum is kept as a signed long of
        // the unsigned value, branch-free, so the loop stays tight.
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long h : shingleHashes(text)) {
            for (int i = 0; i < min.length; i++) min[i] = Math.min(min[i], (h * multipliers[i] + seeds[i]) >>> 32);
        }
        int[] out = new int[min.length];
        boolean any = min.length > 0 && min[0] != Long.MAX_VALUE;
        for (int i = 0; i < min.length; i++) out[i] = any ? (int) min[i] : -1;
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
        if (v.length != seeds.length) {
            throw new IllegalArgumentException("signature has " + v.length + " hashes, this MinHash " + seeds.length);
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
                out.appendCodePoint(cp);
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
