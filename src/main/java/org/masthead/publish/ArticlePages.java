package org.masthead.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.Correction;
import org.masthead.model.PlanPart;
import org.masthead.model.text.Block;
import org.masthead.planning.Plan;
import org.masthead.publish.PageViews.ArticleView;
import org.masthead.publish.PageViews.Part;

/** The article page, top to bottom as in PAGE.md, and the withdrawal notice that replaces it. */
final class ArticlePages {

    static final int RELATED = 5;
    static final String TEASER = "Stay tuned for the next issue:";

    private final SiteIndex index;
    private final Views views;

    ArticlePages(SiteIndex index, Views views) {
        this.index = index;
        this.views = views;
    }

    Optional<SiteIndex.SeriesPage> seriesOf(SiteIndex.Entry e) {
        return index.seriesOf(e.id());
    }

    Views views() {
        return views;
    }

    static String file(SiteIndex.Entry e) {
        return e.path() + "index.html";
    }

    /** The page's view with an empty body: everything but the body, whose input is the content itself. */
    ArticleView view(SiteIndex.Entry e, PageViews.Page page) {
        return view(e, page, related(e));
    }

    /** "We recommend" for the article: {@link SiteIndex#related}, {@value #RELATED} of them. */
    List<SiteIndex.Entry> related(SiteIndex.Entry e) {
        return index.related(e, RELATED);
    }

    /** As {@link #view(SiteIndex.Entry, PageViews.Page)}, with "We recommend" already worked out. */
    ArticleView view(SiteIndex.Entry e, PageViews.Page page, List<SiteIndex.Entry> related) {
        ArticleContent c = e.content();
        Article a = e.article();
        Optional<SiteIndex.SeriesPage> series = index.seriesOf(e.id());
        PageViews.SeriesBox box = null;
        PageViews.Teaser teaser = null;
        if (series.isPresent()) {
            Plan plan = series.get().plan();
            int i = plan.indexOfArticle(e.id());
            List<Part> parts = new ArrayList<>();
            for (PlanPart p : plan.parts()) {
                if (p.part().isDropped()) continue;
                parts.add(new Part(p.teaserTitle(), hrefOf(p), p.article() != null && p.article().id() == e.id()));
            }
            box = new PageViews.SeriesBox(plan.series().title(), series.get().path(), plan.partLabel(i), parts);
            teaser = plan.next(i).map(p -> new PageViews.Teaser(TEASER, p.teaserTitle(), hrefOf(p))).orElse(null);
        }
        List<PageViews.Correction> corrections = new ArrayList<>();
        for (Correction k : a.corrections()) corrections.add(new PageViews.Correction(views.when(k.at()), k.text()));
        PageViews.When updated = a.corrections().isEmpty() || a.lastUpdated() == null ? null : views.when(a.lastUpdated());
        return new ArticleView(views.site, page, c.headline(), c.responsibleEditor(), views.site.name(), views.when(a.firstPublished()), updated,
                c.editorsNote(), byline(c.byline()), "", corrections, box, teaser, c.sourceNote(),
                views.items(related));
    }

    private String hrefOf(PlanPart p) {
        SiteIndex.Entry e = p.isPublished() ? index.liveById.get(p.article().id()) : null;
        return e == null ? "" : e.path();
    }

    /** "By A, title; B, title and C", each name linked to its author page. */
    private static List<PageViews.Author> byline(List<Author> authors) {
        List<PageViews.Author> out = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            String prefix = i == 0 ? "By " : i == authors.size() - 1 ? " and " : "; ";
            String href = a.name().isBlank() ? "" : "authors/" + SiteIndex.keyOf(a.name(), "author-") + "/";
            out.add(new PageViews.Author(prefix, a.name(), href, a.title()));
        }
        return out;
    }

    PageViews.Page page(SiteIndex.Entry e) {
        ArticleContent c = e.content();
        String og = firstImage(c).map(src -> views.source.settings().baseUrl() + src).orElse("");
        return views.page(file(e), e.path(), c.language(), c.direction(), c.headline(), Views.description(c), "article", og, false);
    }

    private Optional<String> firstImage(ArticleContent c) {
        for (Block.Figure f : c.body().figures()) {
            Optional<String> p = views.image(f.assetId()).map(Views::imagePath);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** The body of the complete published version, figures resolved from the page's asset root. */
    String body(SiteIndex.Entry e, PageViews.Page page) {
        ArticleContent c = views.source.versions().complete(e.article());
        return HtmlRenderer.page(views.images(page.assets())).render(c.body(), c.direction());
    }

    PageViews.WithdrawnView withdrawn(SiteIndex.Entry e) {
        ArticleContent c = e.content();
        PageViews.Page page = views.page(file(e), e.path(), c.language(), c.direction(), "Withdrawn", "", "article", "", true);
        return new PageViews.WithdrawnView(views.site, page, e.article().withdrawalNotice());
    }
}
