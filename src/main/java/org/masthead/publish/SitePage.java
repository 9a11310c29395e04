package org.masthead.publish;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One file of the exported site: its path below the site's root ("index.html",
 * "2026/12/water-and-the-city/index.html", "images/ab12….jpg"), a hash of everything that
 * decides its bytes, and how to make them. The exporter compares the hash with its manifest and
 * calls {@code content} only for pages whose inputs changed, possibly on several threads at once
 * (each supplier must be safe to call from any thread). {@code articleId} is the article whose
 * published version the page shows ({@code 0} for every other page): an incremental export's
 * preflight checks only the articles whose pages changed.
 *
 * <p>{@code hash} may be costly (it works out the page's view); {@code deps}, when not null,
 * says cheaply what the page is made of, so that an exporter that knows none of it changed can
 * take last time's hash without asking for this one (docs/export.md, "What a page depends on").
 */
public record SitePage(String path, Supplier<String> hash, Supplier<byte[]> content, long articleId, Deps deps) {

    public SitePage(String path, String inputHash, Supplier<byte[]> content) {
        this(path, inputHash, content, 0);
    }

    public SitePage(String path, String inputHash, Supplier<byte[]> content, long articleId) {
        this(path, () -> inputHash, content, articleId, null);
    }

    /** The hash of the page's inputs (worked out on the first call if it is costly). */
    public String inputHash() {
        return hash.get();
    }

    /**
     * What a page shows besides the whole site's settings and theme (which {@link SiteStamps#global}
     * covers): the articles and series it draws on, in the page's order, and {@code shape}, any
     * other fact of its layout ("page 3 of 40"). Two pages with equal deps, none of whose articles
     * or series changed, under the same global stamp, have the same inputs.
     */
    public record Deps(long[] articles, long[] series, String shape) {
        public Deps {
            articles = articles.clone();
            series = series.clone();
            shape = shape == null ? "" : shape;
        }

        public static Deps of(Collection<Long> articles, Collection<Long> series, String shape) {
            return new Deps(articles.stream().mapToLong(Long::longValue).toArray(), series.stream().mapToLong(Long::longValue).toArray(), shape);
        }

        /** True if one of the page's articles or series is among those that changed. */
        boolean touches(Set<Long> changedArticles, Set<Long> changedSeries) {
            // Usually a handful changed: each is looked for among the page's few ids, nothing boxed.
            return touches(articles, changedArticles) || touches(series, changedSeries);
        }

        private static boolean touches(long[] ids, Set<Long> changed) {
            if (changed.isEmpty() || ids.length == 0) return false;
            if (changed.size() > 8) {
                for (long id : ids) if (changed.contains(id)) return true;
                return false;
            }
            for (Long c : changed) {
                long v = c;
                for (long id : ids) if (id == v) return true;
            }
            return false;
        }

        /** "1,2,3|4|shape", as the manifest stores it. */
        String encode() {
            StringBuilder sb = new StringBuilder(articles.length * 6 + 16);
            join(sb, articles);
            sb.append('|');
            join(sb, series);
            return sb.append('|').append(shape).toString();
        }

        /** The deps {@link #encode} wrote, or null if {@code s} is not such a text (the page is then worked out again). */
        static Deps decode(String s) {
            int a = s.indexOf('|');
            int b = a < 0 ? -1 : s.indexOf('|', a + 1);
            if (b < 0) return null;
            long[] articles = split(s.substring(0, a));
            long[] series = split(s.substring(a + 1, b));
            return articles == null || series == null ? null : new Deps(articles, series, s.substring(b + 1));
        }

        private static void join(StringBuilder sb, long[] ids) {
            for (int i = 0; i < ids.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(ids[i]);
            }
        }

        private static long[] split(String s) {
            if (s.isEmpty()) return new long[0];
            String[] parts = s.split(",", -1);
            long[] out = new long[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) out[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Deps d && Arrays.equals(articles, d.articles) && Arrays.equals(series, d.series) && shape.equals(d.shape);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(articles) * 31 + Arrays.hashCode(series) * 17 + shape.hashCode();
        }

        @Override
        public String toString() {
            return "Deps[" + encode() + "]";
        }
    }
}
