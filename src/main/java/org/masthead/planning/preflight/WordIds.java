package org.masthead.planning.preflight;

import java.util.Arrays;
import java.util.List;

/**
 * Numbers for the words of one article's passages, so that a passage is an array of numbers
 * and its set of distinct words a bit set: two passages are then compared without a string or
 * a hash per word. Numbers are given out in the order words are first seen; a word is the same
 * number wherever it appears, so equal arrays are equal texts (once {@link Similarity}
 * normalizes them) and the share of words two passages have in common is a count of bits.
 * Not for sharing between threads: one per article.
 */
final class WordIds implements Similarity.Words {

    private String[] words = new String[64];
    private int[] hashes = new int[64];
    /** Open addressing: id + 1 of the word in each slot, 0 for none. */
    private int[] table = new int[256];
    private int size;

    private int[] current = new int[64];
    private int count;

    /** The words of {@code text} (as {@link Similarity#words} splits it), as numbers. */
    int[] of(String text) {
        count = 0;
        Similarity.split(text, this);
        return Arrays.copyOf(current, count);
    }

    /** Words already split, as numbers. */
    int[] of(List<String> ws) {
        int[] a = new int[ws.size()];
        for (int i = 0; i < a.length; i++) {
            String w = ws.get(i);
            a[i] = id(w.hashCode(), null, w.length(), w);
        }
        return a;
    }

    @Override
    public void word(char[] buf, int len, int h) {
        if (count == current.length) current = Arrays.copyOf(current, count * 2);
        current[count++] = id(h, buf, len, null);
    }

    /** The number of a word given as {@code buf[0..len)} or as {@code word}; {@code h} is its {@link String#hashCode}. */
    private int id(int h, char[] buf, int len, String word) {
        int mask = table.length - 1;
        for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
            int e = table[slot];
            if (e == 0) break;
            int id = e - 1;
            if (hashes[id] == h && same(words[id], buf, len, word)) return id;
        }
        int id = size++;
        if (id == words.length) {
            words = Arrays.copyOf(words, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        words[id] = word != null ? word : new String(buf, 0, len);
        hashes[id] = h;
        if (size * 2 > table.length) {
            rehash();
        } else {
            put(id);
        }
        return id;
    }

    private static boolean same(String known, char[] buf, int len, String word) {
        if (word != null) return known.equals(word);
        if (known.length() != len) return false;
        for (int i = 0; i < len; i++) if (known.charAt(i) != buf[i]) return false;
        return true;
    }

    private void rehash() {
        table = new int[table.length * 2];
        for (int id = 0; id < size; id++) put(id);
    }

    private void put(int id) {
        int mask = table.length - 1;
        int slot = mix(hashes[id]) & mask;
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = id + 1;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** The word numbered {@code id}. */
    String word(int id) {
        return words[id];
    }

    /** The words as {@link Similarity#normalize} prints them: one space between. */
    String text(int[] ids) {
        StringBuilder sb = new StringBuilder(length(ids));
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(words[ids[i]]);
        }
        return sb.toString();
    }

    /** The length of {@link #text(int[])}, without making it. */
    int length(int[] ids) {
        int n = Math.max(0, ids.length - 1);
        for (int id : ids) n += words[id].length();
        return n;
    }

    /**
     * The distinct words among {@code ids} as a bit set. Every set made after the last word was
     * numbered has the same length, as {@link #shared} assumes of two sets it compares.
     */
    long[] set(int[] ids) {
        long[] bits = new long[(size + 63) >>> 6];
        for (int id : ids) bits[id >>> 6] |= 1L << id;
        return bits;
    }

    static int cardinality(long[] set) {
        int n = 0;
        for (long b : set) n += Long.bitCount(b);
        return n;
    }

    /** How many words two sets have in common. */
    static int shared(long[] a, long[] b) {
        int n = 0;
        for (int i = 0, m = Math.min(a.length, b.length); i < m; i++) n += Long.bitCount(a[i] & b[i]);
        return n;
    }
}
