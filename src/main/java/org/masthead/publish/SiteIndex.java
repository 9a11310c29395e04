package org.masthead.publish;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Author;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.model.Slugs;
import org.masthead.planning.Plan;

/**
 * The site as readers may see it, worked out once from a {@link SiteData}: the live
 * articles (published, not in the trash, not under embargo) newest first, the withdrawn ones
 * (their pages become notices), each article's address, the series plans as pages state them,
 * and the tag and author groups. Only published versions are used, never a working copy.
 */
final class SiteIndex {

    /** A page-worthy article: its published version, slug and address ("2026/03/slug/"). */
    record Entry(Article article, ArticleContent content, String slug, String path) {
        long id() {
            return article.id();
        }

        Instant published() {
            return article.firstPublished().instant();
        }

        // By id: hashing a whole article body for every set it lands in would cost more than the rest.
        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.id() == id();
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id());
        }
    }

    /** A tag's or an author's articles, newest first. */
    record Group(String label, String path, String title, List<Entry> entries) {
    }

    /** A series that has at least one live part, with its address. */
    record SeriesPage(Plan plan, String path) {
    }

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT);
    private static final Comparator<Entry> NEWEST_FIRST = (a, b) -> {
        int c = b.published().compareTo(a.published());
        return c != 0 ? c : Long.compare(b.id(), a.id());
    };

    final SiteData source;
    final List<Entry> live = new ArrayList<>();
    final List<Entry> withdrawn = new ArrayList<>();
    final Map<Long, Entry> liveById = new HashMap<>();
    final List<SeriesPage> series = new ArrayList<>();
    private final Map<Long, SeriesPage> seriesByArticle = new HashMap<>();
    final Map<String, Group> tags;
    final Map<String, Group> authors;
    private final Map<String, List<Entry>> byKey = new HashMap<>(); // "t:slug" / "a:slug" -> entries newest first

    SiteIndex(SiteData source) {
        this.source = source;
        for (Article a : source.articles()) {
            if (!isReadable(a, source.now())) continue;
            String slug = source.slugs().get(a.id());
            if (slug == null) slug = Slugs.ofArticle(a.id(), a.published().headline());
            Entry e = new Entry(a, a.published(), slug, yearMonth(a.firstPublished().local()) + "/" + slug + "/");
            (a.status() == ArticleStatus.PUBLISHED ? live : withdrawn).add(e);
        }
        live.sort(NEWEST_FIRST);
        withdrawn.sort(NEWEST_FIRST);
        for (Entry e : live) liveById.put(e.id(), e);
        // The series on another core while the tag and author lists are made here: neither writes what the other reads.
        java.util.concurrent.CompletableFuture<Void> plans = java.util.concurrent.CompletableFuture.runAsync(this::indexSeries);
        tags = group("tags/", "tag-", e -> e.content().tags().stream().map(t -> new Author(t, "")).toList(), "t:");
        authors = group("authors/", "author-", e -> e.content().byline(), "a:");
        try {
            plans.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** "2026/03", as {@link #YEAR_MONTH} writes it (without its formatter for the usual years: one per article per export). */
    static String yearMonth(java.time.ZonedDateTime t) {
        int y = t.getYear();
        int m = t.getMonthValue();
        if (y < 1000 || y > 9999) return YEAR_MONTH.format(t);
        return y + (m < 10 ? "/0" : "/") + m;
    }

    /** Published or withdrawn with a published version, not in the trash, not under embargo. */
    static boolean isReadable(Article a, Instant now) {
        if (a.published() == null || a.firstPublished() == null || a.isTrashed()) return false;
        if (a.embargo() != null && a.embargo().isAfter(now)) return false;
        return a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.WITHDRAWN;
    }

    Optional<SeriesPage> seriesOf(long articleId) {
        return Optional.ofNullable(seriesByArticle.get(articleId));
    }

    /**
     * The plans as pages state them: a part's article counts as published only when it is live,
     * and then under its published headline.
     */
    private void indexSeries() {
        Set<String> taken = new HashSet<>();
        List<SeriesWithParts> plans = new ArrayList<>(source.plans());
        plans.sort(Comparator.comparingLong(p -> p.series().id()));
        for (SeriesWithParts s : plans) {
            List<PlanPart> parts = new ArrayList<>();
            boolean anyLive = false;
            for (PlanPart p : s.parts()) {
                Entry e = p.article() == null ? null : liveById.get(p.article().id());
                ArticleRef ref = e == null ? null : new ArticleRef(e.id(), ArticleStatus.PUBLISHED, e.content().headline(),
                        e.content().bylineText(), null, e.published(), null, false);
                parts.add(new PlanPart(p.part(), ref));
                anyLive |= e != null;
            }
            if (!anyLive) continue;
            String base = Slugs.of(s.series().title());
            String slug = Slugs.unique(base.isEmpty() ? "series-" + s.series().id() : base, taken::contains);
            taken.add(slug);
            SeriesPage page = new SeriesPage(new Plan(s.series(), parts), "series/" + slug + "/");
            series.add(page);
            for (PlanPart p : page.plan().parts()) if (p.article() != null) seriesByArticle.put(p.article().id(), page);
        }
    }

    private Map<String, Group> group(String folder, String fallback, java.util.function.Function<Entry, List<Author>> names, String kind) {
        Map<String, Group> out = new LinkedHashMap<>();
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        for (Entry e : live) {
            Set<String> seen = new HashSet<>();
            for (Author n : names.apply(e)) {
                if (n.name().isBlank()) continue;
                String key = keyOf(n.name(), fallback);
                if (!seen.add(key)) continue;
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                out.putIfAbsent(key, new Group(n.name(), folder + key + "/", n.title(), null));
            }
        }
        Map<String, Group> done = new LinkedHashMap<>();
        out.forEach((k, g) -> done.put(k, new Group(g.label(), g.path(), g.title(), List.copyOf(lists.get(k)))));
        lists.forEach((k, l) -> byKey.put(kind + k, l));
        return done;
    }

    /** Tag and author names repeat across thousands of articles: their keys are worked out once. */
    private static final Map<String, Map<String, String>> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The slug of a tag or author name; names in other scripts get a short hash. */
    static String keyOf(String name, String fallback) {
        Map<String, String> keys = KEYS.computeIfAbsent(fallback, f -> new java.util.concurrent.ConcurrentHashMap<>());
        String key = keys.get(name);
        if (key != null) return key;
        if (keys.size() > 100_000) keys.clear(); // a bound for a long-running window; the keys are cheap to make again
        key = makeKey(name, fallback);
        keys.put(name, key);
        return key;
    }

    private static String makeKey(String name, String fallback) {
        String s = Slugs.of(name);
        return s.isEmpty() ? fallback + InputHash.stable(name.strip().toLowerCase(Locale.ROOT)).substring(0, 10) : s;
    }

    /**
     * "We recommend": other parts of the same series first (newest first), then articles that
     * share a tag or an author, newest first.
     */
    List<Entry> related(Entry e, int n) {
        LinkedHashSet<Entry> out = new LinkedHashSet<>();
        seriesOf(e.id()).ifPresent(s -> {
            List<Entry> mates = new ArrayList<>();
            for (PlanPart p : s.plan().parts()) if (p.article() != null && p.article().id() != e.id()) mates.add(liveById.get(p.article().id()));
            mates.sort(NEWEST_FIRST);
            out.addAll(mates);
        });
        if (out.size() < n) {
            // Each list is newest first, so its first n + |out| + 1 entries hold all it can give.
            int take = n + out.size() + 1;
            Set<Entry> shared = new HashSet<>();
            for (String t : e.content().tags()) addFirst(shared, byKey.get("t:" + keyOf(t, "tag-")), take);
            for (Author a : e.content().byline()) addFirst(shared, byKey.get("a:" + keyOf(a.name(), "author-")), take);
            shared.remove(e);
            shared.removeAll(out);
            shared.stream().sorted(NEWEST_FIRST).forEach(out::add);
        }
        return out.stream().limit(n).toList();
    }

    private static void addFirst(Set<Entry> into, List<Entry> from, int n) {
        if (from == null) return;
        into.addAll(from.subList(0, Math.min(n, from.size())));
    }
}
