package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Publication;
import org.masthead.model.SiteSettings;
import org.masthead.store.ArticleStore;
import org.masthead.store.PublicationStore;

/**
 * INTERIM site, so that {@code masthead export} and File ▸ Export work end to end before the page
 * builder lands: one {@code index.html} listing the headlines of the published, non-embargoed,
 * not-trashed articles (their published versions), newest first. Valid HTML5, everything
 * escaped, no script allowed. To be replaced in {@link Sites#forStores}.
 */
final class InterimSite implements SiteSource {

    private final ArticleStore articles;
    private final PublicationStore publication;
    private final Clock clock;

    InterimSite(ArticleStore articles, PublicationStore publication, Clock clock) {
        this.articles = articles;
        this.publication = publication;
        this.clock = clock;
    }

    @Override
    public List<SitePage> pages() {
        Instant now = clock.instant();
        List<Article> shown = articles.all().stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED && a.published() != null && !a.isTrashed())
                .filter(a -> a.embargo() == null || !a.embargo().isAfter(now))
                .sorted(Comparator.comparing((Article a) -> a.firstPublished() == null ? Instant.EPOCH : a.firstPublished().instant())
                        .reversed().thenComparing(Article::id))
                .toList();
        byte[] index = index(publication.get(), publication.site(), shown).getBytes(StandardCharsets.UTF_8);
        // The page is cheap to make, so its bytes are its inputs.
        return List.of(new SitePage("index.html", "interim-1:" + Exporter.sha256(index), () -> index));
    }

    static String index(Publication pub, SiteSettings site, List<Article> shown) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(escape(site.language())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; object-src 'none'\">\n")
                .append("<title>").append(escape(pub.name())).append("</title>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(pub.name())).append("</h1>\n");
        if (shown.isEmpty()) {
            b.append("<p>Nothing is published yet.</p>\n");
        } else {
            b.append("<ul>\n");
            for (Article a : shown) {
                b.append("<li>").append(escape(a.published().headline()));
                if (a.firstPublished() != null) {
                    b.append(" <time datetime=\"").append(a.firstPublished().instant()).append("\">")
                            .append(escape(pub.formatMeta(a.firstPublished()))).append("</time>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
