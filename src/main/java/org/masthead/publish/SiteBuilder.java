package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.masthead.model.Article;
import org.masthead.model.Author;
import org.masthead.model.PlanPart;
import org.masthead.model.text.Block;
import org.masthead.planning.Plan;
import org.masthead.publish.PageViews.Pager;

/**
 * Builds every file of the exported site as a {@link SitePage}: article pages (or withdrawal
 * notices), the paginated home page, series, series-list, tag and author pages, the Atom feeds,
 * sitemap.xml, robots.txt, 404.html, the style sheet and each picture once. Each page's input
 * hash is taken from its view (plain values) and, for article pages, the published content's
 * stored JSON, so an exporter can skip unchanged pages without rendering them. Pages render
 * lazily, when the exporter asks for their bytes. URLs: docs/urls.md.
 */
public final class SiteBuilder {

    public static final int PER_PAGE = 20;

    private final Templates templates;

    public SiteBuilder(Templates templates) {
        this.templates = templates;
    }

    /** The pages of a site and the stamps of what they are made of. */
    public record Site(List<SitePage> pages, SiteStamps stamps) {
    }

    /** Every page of the site, in a stable order. */
    public List<SitePage> build(SiteData source) {
        return site(source).pages();
    }

    /**
     * Every page of the site, in a stable order, each with what it depends on; the costly part of
     * each page's input hash (its view) is worked out only when asked for.
     */
    public Site site(SiteData source) {
        return new Made(source).site(null);
    }

    /**
     * The pages an export after {@code before} must look at: when the site kept the shape
     * {@code before} recorded (the same pages, each depending on what it did: {@link SiteStamps.Shapes}),
     * only the pages that depend on an article or series whose stamp changed, and those that
     * depend on nothing (worked out every time); every other page is as {@code before} records
     * it. Otherwise (no usable record, another shape, other settings) every page, as {@link #site}.
     */
    public SiteSource.Pages siteAfter(SiteData source, java.util.function.Supplier<ExportManifest> before) {
        Made made = new Made(source);
        ExportManifest was = before.get();
        SiteStamps then = was == null ? null : was.stamps();
        SiteStamps now = made.stamps;
        if (then == null || then.shapes() == null || !then.global().equals(now.global()) || !then.shapes().equals(now.shapes())) {
            Site all = made.site(null);
            return new SiteSource.Pages(all.pages(), all.stamps(), null);
        }
        Set<Long> articles = SiteStamps.changed(then.articles(), now.articles());
        Set<Long> series = SiteStamps.changed(then.series(), now.series());
        java.util.function.Predicate<SitePage> differs = p -> {
            ExportManifest.Entry e = was.pages().get(p.path());
            return e == null || e.deps() == null || p.deps() == null || !e.deps().equals(p.deps()) || p.deps().touches(articles, series);
        };
        java.util.function.Predicate<String> mayDiffer = path -> {
            ExportManifest.Entry r = was.pages().get(path);
            return r == null || r.deps() == null || r.deps().touches(articles, series);
        };
        Site some = made.site(mayDiffer);
        List<SitePage> pages = new ArrayList<>();
        for (SitePage p : some.pages()) if (differs.test(p)) pages.add(p);
        Set<Long> kept = new java.util.HashSet<>(now.articles().keySet());
        for (SitePage p : pages) kept.remove(p.articleId());
        return new SiteSource.Pages(pages, now, kept);
    }

    /** A site's index and stamps, made once, and its pages made from them. */
    private final class Made {
        private final SiteData source;
        private final SiteIndex index;
        private final Views views;
        private final SiteStamps stamps;

        Made(SiteData source) {
            this.source = source;
            this.index = new SiteIndex(source);
            this.views = new Views(source);
            this.stamps = stamps(source, index, views);
        }

        /** The pages, in the site's order; of those with deps, only those at paths {@code wanted} takes (null: all). */
        Site site(java.util.function.Predicate<String> wanted) {
            return new Site(pages(source, index, views, wanted == null ? p -> true : wanted), stamps);
        }
    }

    private List<SitePage> pages(SiteData source, SiteIndex index, Views views, java.util.function.Predicate<String> wanted) {
        ArticlePages articles = new ArticlePages(index, views);
        // "We recommend" is most of what is left to do per article page: made on all cores, kept in order.
        java.util.stream.Stream<SiteIndex.Entry> live = index.live.parallelStream().filter(e -> wanted.test(ArticlePages.file(e)));
        List<SitePage> out = new ArrayList<>(live.map(e -> articlePage(source, articles, e)).toList());
        for (SiteIndex.Entry e : index.withdrawn) {
            if (wanted.test(ArticlePages.file(e))) out.add(html(ArticlePages.file(e), "withdrawn.mustache", () -> articles.withdrawn(e), views, deps(List.of(e), List.of(), "")));
        }
        home(index, views, out, wanted);
        seriesPages(index, views, out, wanted);
        groups(index, views, out, wanted);
        out.add(html("404.html", "404.mustache", () -> new PageViews.NotFoundView(views.site,
                views.page("404.html", "404.html", views.site.lang(), org.masthead.model.text.TextDirection.ofLanguage(views.site.lang()),
                        "Page not found", "", "website", "", true)), views, null));
        if (wanted.test("feed.xml")) out.add(feed("feed.xml", views.site.name(), "", index.live, views, List.of()));
        out.add(Sitemap.page(index, views));
        out.add(text("robots.txt", "User-agent: *\nAllow: /\n" + (source.settings().baseUrl().isBlank() ? ""
                : "Sitemap: " + source.settings().baseUrl() + "sitemap.xml\n")));
        out.add(text("style.css", templates.source("style.css")));
        images(index, views, out);
        return out;
    }

    /** The templates every page may be made with. */
    private static final List<String> PAGE_TEMPLATES = List.of("article.mustache", "withdrawn.mustache", "home.mustache", "series.mustache",
            "series-list.mustache", "tag.mustache", "author.mustache", "404.mustache");

    /**
     * The stamps: global (settings, publication, theme, pictures' sizes), per readable article and
     * per series page. An article's covers all of it that any page shows: its published
     * version (through the stored digest), address, status, dates, corrections and notice.
     */
    private SiteStamps stamps(SiteData source, SiteIndex index, Views views) {
        StringBuilder theme = new StringBuilder();
        for (String t : PAGE_TEMPLATES) theme.append(templates.hash(t)).append(' ');
        String global = InputHash.of("global", CodeStamp.get(), views.siteKey, source.settings(), source.publication(), theme,
                new java.util.TreeMap<>(source.images()));
        java.util.SortedMap<Long, String> articles = new java.util.TreeMap<>();
        List<SiteIndex.Entry> readable = new ArrayList<>(index.live);
        readable.addAll(index.withdrawn);
        List<String> stamps = readable.parallelStream().map(e -> stamp(e, source.versions().hash(e.article()))).toList();
        for (int i = 0; i < readable.size(); i++) articles.put(readable.get(i).id(), stamps.get(i));
        java.util.SortedMap<Long, String> series = new java.util.TreeMap<>();
        List<String> plans = index.series.parallelStream().map(sp -> InputHash.of(sp.path(), PlanStamp.of(sp.plan()), livePartPaths(index, sp))).toList();
        for (int i = 0; i < plans.size(); i++) series.put(index.series.get(i).plan().series().id(), plans.get(i));
        java.util.SortedMap<Long, String> articleShapes = new java.util.TreeMap<>();
        List<String> shapes = readable.parallelStream().map(SiteBuilder::shape).toList();
        for (int i = 0; i < readable.size(); i++) articleShapes.put(readable.get(i).id(), shapes.get(i));
        java.util.SortedMap<Long, String> seriesShapes = new java.util.TreeMap<>();
        for (SiteIndex.SeriesPage sp : index.series) seriesShapes.put(sp.plan().series().id(), shape(sp));
        return new SiteStamps(global, articles, series, new SiteStamps.Shapes(articleShapes, seriesShapes));
    }

    /**
     * What an article decides of the site's shape: its address and status, its place among the
     * newest (publication time), the tag and author pages it is on and the pictures it brings.
     * Its headline, text, byline titles and the like are content: pages showing it depend on it.
     */
    private static String shape(SiteIndex.Entry e) {
        StringBuilder sb = new StringBuilder(128).append(e.path()).append('\0').append(e.article().status().key()).append('\0')
                .append(e.published().toEpochMilli()).append('\0');
        for (String t : e.content().tags()) if (!t.isBlank()) sb.append(SiteIndex.keyOf(t, "tag-")).append('\1');
        sb.append('\0');
        for (Author a : e.content().byline()) if (!a.name().isBlank()) sb.append(SiteIndex.keyOf(a.name(), "author-")).append('\1');
        sb.append('\0');
        for (Block.Figure f : e.content().body().figures()) sb.append(f.assetId()).append('\1');
        return InputHash.of(sb);
    }

    /** What a series page decides of the site's shape: its address and, part by part, whether it is dropped and which live article it has. */
    private static String shape(SiteIndex.SeriesPage sp) {
        StringBuilder sb = new StringBuilder(64).append(sp.path());
        for (PlanPart p : sp.plan().parts()) sb.append('\0').append(p.part().isDropped() ? "d" : "").append(p.article() == null ? 0 : p.article().id());
        return InputHash.of(sb);
    }

    /** The addresses a series box links to: not in the plan itself, and a part need not be among an article's deps. */
    private static String livePartPaths(SiteIndex index, SiteIndex.SeriesPage sp) {
        StringBuilder sb = new StringBuilder();
        for (org.masthead.model.PlanPart p : sp.plan().parts()) {
            SiteIndex.Entry e = p.article() == null ? null : index.liveById.get(p.article().id());
            sb.append(e == null ? "" : e.path()).append('\0');
        }
        return sb.toString();
    }

    /** An article's stamp: plain values joined, no dates formatted (10,000 of them per export). */
    private static String stamp(SiteIndex.Entry e, String digest) {
        Article a = e.article();
        StringBuilder sb = new StringBuilder(160).append(digest).append('\0').append(e.path()).append('\0').append(a.status().key());
        for (org.masthead.model.Stamp st : java.util.Arrays.asList(a.firstPublished(), a.lastUpdated())) {
            sb.append('\0');
            if (st != null) sb.append(st.instant().toEpochMilli()).append(' ').append(st.zone().getId());
        }
        sb.append('\0').append(a.withdrawalNotice());
        if (!a.corrections().isEmpty()) sb.append('\0').append(a.corrections());
        return InputHash.of(sb);
    }

    private static SitePage.Deps deps(List<SiteIndex.Entry> entries, List<Long> series, String shape) {
        List<Long> ids = new ArrayList<>(entries.size());
        for (SiteIndex.Entry e : entries) ids.add(e.id());
        return SitePage.Deps.of(ids, series, shape);
    }

    /** The article page of one live or withdrawn article, as the site export writes it (preview). */
    public String renderArticle(SiteData source, long articleId) {
        SiteIndex index = new SiteIndex(source);
        SiteIndex.Entry e = index.liveById.get(articleId);
        if (e == null) throw new IllegalArgumentException("article " + articleId + " has no page readers may see");
        return new String(articlePage(source, new ArticlePages(index, new Views(source)), e).content().get(), StandardCharsets.UTF_8);
    }

    private SitePage articlePage(SiteData source, ArticlePages articles, SiteIndex.Entry e) {
        List<SiteIndex.Entry> related = articles.related(e);
        // Its own article, the recommended ones, and its series (whose stamp covers the parts it links to).
        List<SiteIndex.Entry> shown = new ArrayList<>(related.size() + 1);
        shown.add(e);
        shown.addAll(related);
        List<Long> series = articles.seriesOf(e).map(sp -> List.of(sp.plan().series().id())).orElse(List.of());
        record Prepared(PageViews.Page page, PageViews.ArticleView view, String hash) {
        }
        Lazy<Prepared> prepared = new Lazy<>(() -> {
            PageViews.Page page = articles.page(e);
            PageViews.ArticleView v = articles.view(e, page, related);
            String hash = InputHash.of("article", templates.hash("article.mustache"), articles.views().siteKey, PageViews.withoutSite(v),
                    source.versions().hash(e.article()));
            return new Prepared(page, v, hash);
        });
        return new SitePage(ArticlePages.file(e), () -> prepared.get().hash(),
                () -> bytes(templates.render("article.mustache", prepared.get().view().withBody(articles.body(e, prepared.get().page())))),
                e.id(), deps(shown, series, ""));
    }

    /** A page made from a view with {@code template}; the view is made when the page's hash or bytes are first asked for. */
    private SitePage html(String file, String template, java.util.function.Supplier<Object> view, Views views, SitePage.Deps deps) {
        Lazy<Object> v = new Lazy<>(view);
        return new SitePage(file, new Lazy<>(() -> InputHash.of(template, templates.hash(template), views.siteKey, PageViews.withoutSite(v.get()))),
                () -> bytes(templates.render(template, v.get())), 0, deps);
    }

    private static SitePage text(String file, String text) {
        return new SitePage(file, InputHash.of(file, text), () -> bytes(text));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void home(SiteIndex index, Views views, List<SitePage> out, java.util.function.Predicate<String> wanted) {
        int pages = Math.max(1, (index.live.size() + PER_PAGE - 1) / PER_PAGE);
        for (int n = 1; n <= pages; n++) {
            String path = n == 1 ? "" : "page/" + n + "/";
            String file = path + "index.html";
            if (!wanted.test(file)) continue;
            List<SiteIndex.Entry> slice = index.live.subList(Math.min((n - 1) * PER_PAGE, index.live.size()), Math.min(n * PER_PAGE, index.live.size()));
            // "./" rather than "" for the first page: an empty href reads as "no link" in the templates
            Pager pager = new Pager(n == 1 ? "" : n == 2 ? "./" : "page/" + (n - 1) + "/", n == pages ? "" : "page/" + (n + 1) + "/", n, pages);
            String title = n == 1 ? views.site.name() : views.site.name() + " – page " + n;
            boolean first = n == 1;
            int count = pages;
            out.add(html(file, "home.mustache", () -> new PageViews.ListView(views.site, views.sitePage(file, path, title, views.source.settings().about()),
                    views.site.sectionName(), first ? views.source.settings().about() : "", views.items(slice), count == 1 ? null : pager, "feed.xml"),
                    views, deps(slice, List.of(), n + "/" + pages)));
        }
    }

    private void seriesPages(SiteIndex index, Views views, List<SitePage> out, java.util.function.Predicate<String> wanted) {
        List<PageViews.SeriesEntry> entries = new ArrayList<>();
        for (SiteIndex.SeriesPage s : index.series) {
            Plan plan = s.plan();
            String count = plan.count() + (plan.count() == 1 ? " part" : " parts");
            entries.add(new PageViews.SeriesEntry(plan.series().title(), s.path(), plan.series().description(), count));
            String file = s.path() + "index.html";
            boolean page = wanted.test(file);
            boolean feed = wanted.test(s.path() + "feed.xml");
            if (!page && !feed) continue;
            List<PageViews.Part> parts = new ArrayList<>();
            List<SiteIndex.Entry> live = new ArrayList<>();
            for (PlanPart p : plan.parts()) {
                if (p.part().isDropped()) continue;
                SiteIndex.Entry e = p.isPublished() ? index.liveById.get(p.article().id()) : null;
                parts.add(new PageViews.Part(p.teaserTitle(), e == null ? "" : e.path(), false));
                if (e != null) live.add(e);
            }
            List<Long> own = List.of(plan.series().id());
            if (page) out.add(html(file, "series.mustache", () -> new PageViews.SeriesView(views.site, views.sitePage(file, s.path(), plan.series().title(),
                    plan.series().description()), plan.series().title(), plan.series().description(), count, parts, s.path() + "feed.xml"),
                    views, deps(live, own, "")));
            live.sort(java.util.Comparator.comparing(SiteIndex.Entry::published).reversed());
            if (feed) out.add(feed(s.path() + "feed.xml", views.site.name() + ": " + plan.series().title(), s.path(), live, views, own));
        }
        String file = "series/index.html";
        if (!wanted.test(file)) return;
        List<Long> all = index.series.stream().map(sp -> sp.plan().series().id()).toList();
        out.add(html(file, "series-list.mustache", () -> new PageViews.SeriesListView(views.site,
                views.sitePage(file, "series/", "Series – " + views.site.name(), "Every series of " + views.site.name()), "Series", entries), views,
                deps(List.of(), all, "")));
    }

    private void groups(SiteIndex index, Views views, List<SitePage> out, java.util.function.Predicate<String> wanted) {
        for (SiteIndex.Group g : index.tags.values()) {
            String file = g.path() + "index.html";
            if (!wanted.test(file)) continue;
            out.add(html(file, "tag.mustache", () -> new PageViews.ListView(views.site, views.sitePage(file, g.path(), g.label() + " – " + views.site.name(),
                    "Articles tagged " + g.label()), g.label(), "", views.items(g.entries()), null, "feed.xml"), views, deps(g.entries(), List.of(), "")));
        }
        for (SiteIndex.Group g : index.authors.values()) {
            String file = g.path() + "index.html";
            if (!wanted.test(file)) continue;
            out.add(html(file, "author.mustache", () -> new PageViews.ListView(views.site, views.sitePage(file, g.path(), g.label() + " – " + views.site.name(),
                    "Articles by " + g.label()), g.label(), g.title(), views.items(g.entries()), null, "feed.xml"), views, deps(g.entries(), List.of(), "")));
        }
    }

    /** An Atom feed of the newest {@value AtomFeed#LIMIT} of {@code entries}; the feed of a series names it in {@code series}. */
    private static SitePage feed(String file, String title, String path, List<SiteIndex.Entry> entries, Views views, List<Long> series) {
        List<SiteIndex.Entry> newest = entries.subList(0, Math.min(AtomFeed.LIMIT, entries.size()));
        Lazy<AtomFeed> f = new Lazy<>(() -> {
            List<AtomFeed.Entry> list = new ArrayList<>();
            for (SiteIndex.Entry e : newest) {
                Instant updated = e.article().lastUpdated() == null ? e.published() : e.article().lastUpdated().instant();
                list.add(new AtomFeed.Entry(views.canonical(e.path()), e.content().headline(), e.published(), updated,
                        e.content().byline().stream().map(Author::name).filter(n -> !n.isBlank()).toList(), e.content().summary()));
            }
            Instant latest = list.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(null);
            return new AtomFeed(title, views.canonical(file), views.canonical(path), views.site.name(), latest, list);
        });
        return new SitePage(file, new Lazy<>(() -> InputHash.of("atom", f.get())), () -> f.get().bytes(), 0, deps(newest, series, ""));
    }

    private static void images(SiteIndex index, Views views, List<SitePage> out) {
        Set<String> shas = new LinkedHashSet<>();
        if (!views.source.settings().logoImage().isBlank()) shas.add(views.source.settings().logoImage());
        for (SiteIndex.Entry e : index.live) for (Block.Figure f : e.content().body().figures()) shas.add(f.assetId());
        for (String sha : shas) {
            views.image(sha).ifPresent(a -> {
                Supplier<byte[]> bytes = () -> views.source.imageBytes().apply(sha)
                        .orElseThrow(() -> new IllegalStateException("picture " + sha + " is no longer stored"));
                out.add(new SitePage(Views.imagePath(a), InputHash.of("image", sha), bytes));
            });
        }
    }
}
