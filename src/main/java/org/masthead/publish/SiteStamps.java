package org.masthead.publish;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cheap fingerprints of what a site is made of, taken without working out any page: one of
 * everything every page shares (settings, publication, theme, the pictures' sizes), one per
 * article readers may see (its published version's digest, address, status, dates, corrections,
 * notice) and one per series page (its plan as pages state it). An exporter keeps them in its
 * manifest; next time, a page whose {@link SitePage.Deps} name nothing whose stamp changed, under
 * the same global stamp, keeps its recorded input hash.
 */
public record SiteStamps(String global, SortedMap<Long, String> articles, SortedMap<Long, String> series, Shapes shapes) {

    /**
     * What decides which pages the site has and what each depends on, per readable article (its
     * address, status, publication time, tags, authors and pictures) and per series page (its
     * address and which parts are live, in order): when none of it changed, every page of the last
     * export is still a page, depending on what it did (docs/export.md, "Unchanged shape").
     */
    public record Shapes(SortedMap<Long, String> articles, SortedMap<Long, String> series) {
        public Shapes {
            articles = Collections.unmodifiableSortedMap(new TreeMap<>(articles));
            series = Collections.unmodifiableSortedMap(new TreeMap<>(series));
        }
    }

    public SiteStamps {
        articles = Collections.unmodifiableSortedMap(new TreeMap<>(articles));
        series = Collections.unmodifiableSortedMap(new TreeMap<>(series));
    }

    /** Stamps without shapes (as a manifest written before shapes were kept): a later export cannot tell that the site kept its shape. */
    public SiteStamps(String global, SortedMap<Long, String> articles, SortedMap<Long, String> series) {
        this(global, articles, series, null);
    }

    /** The keys whose stamps differ between {@code a} and {@code b}, including those only one has. */
    static Set<Long> changed(Map<Long, String> a, Map<Long, String> b) {
        Set<Long> out = new HashSet<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) out.add(k);
        });
        b.keySet().forEach(k -> {
            if (!a.containsKey(k)) out.add(k);
        });
        return out;
    }
}
