package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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

    /** Every page of the site, in a stable order. */
    public List<SitePage> build(SiteData source) {
        SiteIndex index = new SiteIndex(source);
        Views views = new Views(source);
        ArticlePages articles = new ArticlePages(index, views);
        // The article pages' views and hashes are most of the work: made on all cores, kept in order.
        List<SitePage> out = new ArrayList<>(index.live.parallelStream().map(e -> articlePage(source, articles, e)).toList());
        for (SiteIndex.Entry e : index.withdrawn) {
            PageViews.WithdrawnView v = articles.withdrawn(e);
            out.add(html(ArticlePages.file(e), "withdrawn.mustache", v, views));
        }
        home(index, views, out);
        seriesPages(index, views, out);
        groups(index, views, out);
        out.add(html("404.html", "404.mustache", new PageViews.NotFoundView(views.site,
                views.page("404.html", "404.html", views.site.lang(), org.masthead.model.text.TextDirection.ofLanguage(views.site.lang()),
                        "Page not found", "", "website", "", true)), views));
        out.add(feed("feed.xml", views.site.name(), "", index.live, views));
        out.add(Sitemap.page(index, views));
        out.add(text("robots.txt", "User-agent: *\nAllow: /\n" + (source.settings().baseUrl().isBlank() ? ""
                : "Sitemap: " + source.settings().baseUrl() + "sitemap.xml\n")));
        out.add(text("style.css", templates.source("style.css")));
        images(index, views, out);
        return out;
    }

    /** The article page of one live or withdrawn article, as the site export writes it (preview). */
    public String renderArticle(SiteData source, long articleId) {
        SiteIndex index = new SiteIndex(source);
        SiteIndex.Entry e = index.liveById.get(articleId);
        if (e == null) throw new IllegalArgumentException("article " + articleId + " has no page readers may see");
        return new String(articlePage(source, new ArticlePages(index, new Views(source)), e).content().get(), StandardCharsets.UTF_8);
    }

    private SitePage articlePage(SiteData source, ArticlePages articles, SiteIndex.Entry e) {
        PageViews.Page page = articles.page(e);
        PageViews.ArticleView v = articles.view(e, page);
        String hash = InputHash.of("article", templates.hash("article.mustache"), articles.views().siteKey, PageViews.withoutSite(v),
                source.versions().hash(e.article()));
        return new SitePage(ArticlePages.file(e), hash,
                () -> bytes(templates.render("article.mustache", v.withBody(articles.body(e, page)))), e.id());
    }

    private SitePage html(String file, String template, Object view, Views views) {
        return new SitePage(file, InputHash.of(template, templates.hash(template), views.siteKey, PageViews.withoutSite(view)),
                () -> bytes(templates.render(template, view)));
    }

    private static SitePage text(String file, String text) {
        return new SitePage(file, InputHash.of(file, text), () -> bytes(text));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void home(SiteIndex index, Views views, List<SitePage> out) {
        int pages = Math.max(1, (index.live.size() + PER_PAGE - 1) / PER_PAGE);
        for (int n = 1; n <= pages; n++) {
            String path = n == 1 ? "" : "page/" + n + "/";
            String file = path + "index.html";
            List<SiteIndex.Entry> slice = index.live.subList(Math.min((n - 1) * PER_PAGE, index.live.size()), Math.min(n * PER_PAGE, index.live.size()));
            // "./" rather than "" for the first page: an empty href reads as "no link" in the templates
            Pager pager = new Pager(n == 1 ? "" : n == 2 ? "./" : "page/" + (n - 1) + "/", n == pages ? "" : "page/" + (n + 1) + "/", n, pages);
            String title = n == 1 ? views.site.name() : views.site.name() + " – page " + n;
            PageViews.ListView v = new PageViews.ListView(views.site, views.sitePage(file, path, title, views.source.settings().about()),
                    views.site.sectionName(), n == 1 ? views.source.settings().about() : "", views.items(slice), pages == 1 ? null : pager, "feed.xml");
            out.add(html(file, "home.mustache", v, views));
        }
    }

    private void seriesPages(SiteIndex index, Views views, List<SitePage> out) {
        List<PageViews.SeriesEntry> entries = new ArrayList<>();
        for (SiteIndex.SeriesPage s : index.series) {
            Plan plan = s.plan();
            List<PageViews.Part> parts = new ArrayList<>();
            List<SiteIndex.Entry> live = new ArrayList<>();
            for (PlanPart p : plan.parts()) {
                if (p.part().isDropped()) continue;
                SiteIndex.Entry e = p.isPublished() ? index.liveById.get(p.article().id()) : null;
                parts.add(new PageViews.Part(p.teaserTitle(), e == null ? "" : e.path(), false));
                if (e != null) live.add(e);
            }
            String count = plan.count() + (plan.count() == 1 ? " part" : " parts");
            String file = s.path() + "index.html";
            PageViews.SeriesView v = new PageViews.SeriesView(views.site, views.sitePage(file, s.path(), plan.series().title(),
                    plan.series().description()), plan.series().title(), plan.series().description(), count, parts, s.path() + "feed.xml");
            out.add(html(file, "series.mustache", v, views));
            live.sort(java.util.Comparator.comparing(SiteIndex.Entry::published).reversed());
            out.add(feed(s.path() + "feed.xml", views.site.name() + ": " + plan.series().title(), s.path(), live, views));
            entries.add(new PageViews.SeriesEntry(plan.series().title(), s.path(), plan.series().description(), count));
        }
        String file = "series/index.html";
        out.add(html(file, "series-list.mustache", new PageViews.SeriesListView(views.site,
                views.sitePage(file, "series/", "Series – " + views.site.name(), "Every series of " + views.site.name()), "Series", entries), views));
    }

    private void groups(SiteIndex index, Views views, List<SitePage> out) {
        for (SiteIndex.Group g : index.tags.values()) {
            String file = g.path() + "index.html";
            out.add(html(file, "tag.mustache", new PageViews.ListView(views.site, views.sitePage(file, g.path(), g.label() + " – " + views.site.name(),
                    "Articles tagged " + g.label()), g.label(), "", views.items(g.entries()), null, "feed.xml"), views));
        }
        for (SiteIndex.Group g : index.authors.values()) {
            String file = g.path() + "index.html";
            out.add(html(file, "author.mustache", new PageViews.ListView(views.site, views.sitePage(file, g.path(), g.label() + " – " + views.site.name(),
                    "Articles by " + g.label()), g.label(), g.title(), views.items(g.entries()), null, "feed.xml"), views));
        }
    }

    private static SitePage feed(String file, String title, String path, List<SiteIndex.Entry> entries, Views views) {
        List<AtomFeed.Entry> list = new ArrayList<>();
        for (SiteIndex.Entry e : entries.subList(0, Math.min(AtomFeed.LIMIT, entries.size()))) {
            Instant updated = e.article().lastUpdated() == null ? e.published() : e.article().lastUpdated().instant();
            list.add(new AtomFeed.Entry(views.canonical(e.path()), e.content().headline(), e.published(), updated,
                    e.content().byline().stream().map(Author::name).filter(n -> !n.isBlank()).toList(), e.content().summary()));
        }
        Instant newest = list.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(null);
        AtomFeed f = new AtomFeed(title, views.canonical(file), views.canonical(path), views.site.name(), newest, list);
        return new SitePage(file, InputHash.of("atom", f), f::bytes);
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
