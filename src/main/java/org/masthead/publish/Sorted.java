package org.masthead.publish;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entries already in key order seen as a {@link SortedMap}, for a {@link TreeMap}'s copy
 * constructor (or {@code ExportManifest}'s) to build its tree in one pass instead of comparing each
 * key on the way down. Only what that constructor reads is there: size, comparator, entries.
 */
final class Sorted {

    private Sorted() {
    }

    /** {@code entries}, which are in ascending order of their keys, each key once, as a sorted map to copy. */
    static <V> SortedMap<String, V> of(List<Map.Entry<String, V>> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).getKey().compareTo(entries.get(i).getKey()) >= 0) {
                throw new IllegalArgumentException("not in order at " + entries.get(i).getKey());
            }
        }
        return new InOrder<>(entries);
    }

    /** Just what {@code TreeMap(SortedMap)} reads: the comparator (natural), the size and the entries in order. */
    private static final class InOrder<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
        private final List<Map.Entry<String, V>> entries;

        InOrder(List<Map.Entry<String, V>> entries) {
            this.entries = entries;
        }

        @Override
        public Set<Map.Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }

        @Override
        public Comparator<? super String> comparator() {
            return null;
        }

        @Override
        public SortedMap<String, V> subMap(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<String, V> headMap(String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<String, V> tailMap(String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String firstKey() {
            return entries.get(0).getKey();
        }

        @Override
        public String lastKey() {
            return entries.get(entries.size() - 1).getKey();
        }
    }
}
