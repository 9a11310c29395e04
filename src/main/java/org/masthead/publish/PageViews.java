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
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Link[label=" + label + ", href=" + href + "]";
        }
    }

    public record Edition(String label, String url, String lang, String dir) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Edition[label=" + label + ", url=" + url + ", lang=" + lang + ", dir=" + dir + "]";
        }
    }

    public record Img(String src, int width, int height) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Img[src=" + src + ", width=" + width + ", height=" + height + "]";
        }
    }

    /** The same on every page: the publication and its boilerplate. */
    public record Site(String name, String lang, String dir, String sectionName, String homeUrl, List<Edition> editions,
                       List<Link> social, String about, String invitation, String email, String disclaimer, Img logo) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Site[name=" + name + ", lang=" + lang + ", dir=" + dir + ", sectionName=" + sectionName + ", homeUrl=" + homeUrl
                    + ", editions=" + editions + ", social=" + social + ", about=" + about + ", invitation=" + invitation
                    + ", email=" + email + ", disclaimer=" + disclaimer + ", logo=" + logo + "]";
        }
    }

    /**
     * The page itself. {@code root}: the way from the page to the site's root ("../../" or an
     * absolute address for a stand-alone page); {@code assets}: the way to the style sheet and images.
     */
    public record Page(String lang, String dir, String title, String description, String canonical, String ogType, String ogImage,
                       String root, String assets, boolean noindex) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Page[lang=" + lang + ", dir=" + dir + ", title=" + title + ", description=" + description
                    + ", canonical=" + canonical + ", ogType=" + ogType + ", ogImage=" + ogImage + ", root=" + root
                    + ", assets=" + assets + ", noindex=" + noindex + "]";
        }
    }

    /** A moment: {@code iso} for {@code <time datetime>}, {@code text} as printed ("10-20-2015 15:40 BJT"). */
    public record When(String iso, String text) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "When[iso=" + iso + ", text=" + text + "]";
        }
    }

    public record Author(String prefix, String name, String href, String title) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Author[prefix=" + prefix + ", name=" + name + ", href=" + href + ", title=" + title + "]";
        }
    }

    public record Correction(When at, String text) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Correction[at=" + at + ", text=" + text + "]";
        }
    }

    /** A part in the series box; {@code href} is "" for a part readers cannot open yet. */
    public record Part(String title, String href, boolean current) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Part[title=" + title + ", href=" + href + ", current=" + current + "]";
        }
    }

    public record SeriesBox(String title, String href, String partLabel, List<Part> parts) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "SeriesBox[title=" + title + ", href=" + href + ", partLabel=" + partLabel + ", parts=" + parts + "]";
        }
    }

    /** "Stay tuned for the next issue:" and the title, linked once that part is published. */
    public record Teaser(String text, String title, String href) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Teaser[text=" + text + ", title=" + title + ", href=" + href + "]";
        }
    }

    /** An article in a list, with its own language and direction. */
    public record Item(String title, String href, String byline, String summary, When published, String lang, String dir) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Item[title=" + title + ", href=" + href + ", byline=" + byline + ", summary=" + summary
                    + ", published=" + published + ", lang=" + lang + ", dir=" + dir + "]";
        }
    }

    public record Pager(String newer, String older, int number, int count) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Pager[newer=" + newer + ", older=" + older + ", number=" + number + ", count=" + count + "]";
        }
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

        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "ArticleView[site=" + site + ", page=" + page + ", headline=" + headline + ", editor=" + editor
                    + ", publication=" + publication + ", published=" + published + ", updated=" + updated
                    + ", editorsNote=" + editorsNote + ", byline=" + byline + ", body=" + body + ", corrections=" + corrections
                    + ", series=" + series + ", teaser=" + teaser + ", sourceNote=" + sourceNote + ", related=" + related + "]";
        }
    }

    public record WithdrawnView(Site site, Page page, String notice) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "WithdrawnView[site=" + site + ", page=" + page + ", notice=" + notice + "]";
        }
    }

    /** Home, tag and author pages: a heading, an optional introduction and articles. */
    public record ListView(Site site, Page page, String heading, String intro, List<Item> items, Pager pager, String feed) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "ListView[site=" + site + ", page=" + page + ", heading=" + heading + ", intro=" + intro + ", items=" + items
                    + ", pager=" + pager + ", feed=" + feed + "]";
        }
    }

    public record SeriesView(Site site, Page page, String heading, String description, String partCount, List<Part> parts, String feed) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "SeriesView[site=" + site + ", page=" + page + ", heading=" + heading + ", description=" + description
                    + ", partCount=" + partCount + ", parts=" + parts + ", feed=" + feed + "]";
        }
    }

    public record SeriesEntry(String title, String href, String description, String partCount) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "SeriesEntry[title=" + title + ", href=" + href + ", description=" + description + ", partCount=" + partCount + "]";
        }
    }

    public record SeriesListView(Site site, Page page, String heading, List<SeriesEntry> series) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "SeriesListView[site=" + site + ", page=" + page + ", heading=" + heading + ", series=" + series + "]";
        }
    }

    public record NotFoundView(Site site, Page page) {
        /** As the default record string (a page's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "NotFoundView[site=" + site + ", page=" + page + "]";
        }
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
