package org.masthead.publish;

import java.util.List;

/**
 * What the templates receive (docs/templates.md). Plain values only: a view's
 * {@code toString()} is a complete, stable statement of a page's inputs, so the page's input
 * hash can be taken from it without rendering. Internal links ({@code href}) are paths below
 * the site's root; templates put {@code page.root} in front of them.
 */
public final class PageViews {

    private PageViews() {
    }

    public record Link(String label, String href) {
    }

    public record Edition(String label, String url, String lang, String dir) {
    }

    public record Img(String src, int width, int height) {
    }

    /** The same on every page: the publication and its boilerplate. */
    public record Site(String name, String lang, String dir, String sectionName, String homeUrl, List<Edition> editions,
                       List<Link> social, String about, String invitation, String email, String disclaimer, Img logo) {
    }

    /**
     * The page itself. {@code root}: the way from the page to the site's root ("../../" or an
     * absolute address for a stand-alone page); {@code assets}: the way to the style sheet and images.
     */
    public record Page(String lang, String dir, String title, String description, String canonical, String ogType, String ogImage,
                       String root, String assets, boolean noindex) {
    }

    /** A moment: {@code iso} for {@code <time datetime>}, {@code text} as printed ("10-20-2015 15:40 BJT"). */
    public record When(String iso, String text) {
    }

    public record Author(String prefix, String name, String href, String title) {
    }

    public record Correction(When at, String text) {
    }

    /** A part in the series box; {@code href} is "" for a part readers cannot open yet. */
    public record Part(String title, String href, boolean current) {
    }

    public record SeriesBox(String title, String href, String partLabel, List<Part> parts) {
    }

    /** "Stay tuned for the next issue:" and the title, linked once that part is published. */
    public record Teaser(String text, String title, String href) {
    }

    /** An article in a list, with its own language and direction. */
    public record Item(String title, String href, String byline, String summary, When published, String lang, String dir) {
    }

    public record Pager(String newer, String older, int number, int count) {
    }

    public record ArticleView(Site site, Page page, String headline, String editor, String publication, When published, When updated,
                              String editorsNote, List<Author> byline, String body, List<Correction> corrections, SeriesBox series,
                              Teaser teaser, String sourceNote, List<Item> related) {
        public ArticleView withBody(String html) {
            return new ArticleView(site, page, headline, editor, publication, published, updated, editorsNote, byline, html, corrections,
                    series, teaser, sourceNote, related);
        }

        ArticleView withSite(Site s) {
            return new ArticleView(s, page, headline, editor, publication, published, updated, editorsNote, byline, body, corrections,
                    series, teaser, sourceNote, related);
        }
    }

    public record WithdrawnView(Site site, Page page, String notice) {
    }

    /** Home, tag and author pages: a heading, an optional introduction and articles. */
    public record ListView(Site site, Page page, String heading, String intro, List<Item> items, Pager pager, String feed) {
    }

    public record SeriesView(Site site, Page page, String heading, String description, String partCount, List<Part> parts, String feed) {
    }

    public record SeriesEntry(String title, String href, String description, String partCount) {
    }

    public record SeriesListView(Site site, Page page, String heading, List<SeriesEntry> series) {
    }

    public record NotFoundView(Site site, Page page) {
    }

    /**
     * The view as its page's input hash states it: without the {@link Site}, which is the same on
     * every page and hashed once for all of them. Other objects are returned as they are.
     */
    static Object withoutSite(Object view) {
        if (view instanceof ArticleView v) return v.withSite(null);
        if (view instanceof ListView v) return new ListView(null, v.page(), v.heading(), v.intro(), v.items(), v.pager(), v.feed());
        if (view instanceof WithdrawnView v) return new WithdrawnView(null, v.page(), v.notice());
        if (view instanceof SeriesView v) return new SeriesView(null, v.page(), v.heading(), v.description(), v.partCount(), v.parts(), v.feed());
        if (view instanceof SeriesListView v) return new SeriesListView(null, v.page(), v.heading(), v.series());
        if (view instanceof NotFoundView v) return new NotFoundView(null, v.page());
        return view;
    }
}
