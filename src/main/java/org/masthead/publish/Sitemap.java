package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** sitemap.xml: the home page, every live article (with its last update), series, tag and author pages. */
final class Sitemap {

    record Url(String loc, String lastmod) {
        /** As the default record string (the sitemap's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Url[loc=" + loc + ", lastmod=" + lastmod + "]";
        }
    }

    private Sitemap() {
    }

    static SitePage page(SiteIndex index, Views views) {
        List<Url> urls = new ArrayList<>();
        urls.add(new Url(views.canonical(""), ""));
        for (SiteIndex.Entry e : index.live) {
            var last = e.article().lastUpdated() == null ? e.published() : e.article().lastUpdated().instant();
            urls.add(new Url(views.canonical(e.path()), last.toString()));
        }
        if (!index.series.isEmpty()) urls.add(new Url(views.canonical("series/"), ""));
        for (SiteIndex.SeriesPage s : index.series) urls.add(new Url(views.canonical(s.path()), ""));
        for (SiteIndex.Group g : index.tags.values()) urls.add(new Url(views.canonical(g.path()), ""));
        for (SiteIndex.Group g : index.authors.values()) urls.add(new Url(views.canonical(g.path()), ""));
        List<Url> all = List.copyOf(urls);
        return new SitePage("sitemap.xml", InputHash.of("sitemap", all), () -> bytes(all));
    }

    private static byte[] bytes(List<Url> urls) {
        StringBuilder sb = new StringBuilder(256 + urls.size() * 96);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Url u : urls) {
            sb.append("  <url><loc>");
            HtmlRenderer.escapeTo(sb, u.loc());
            sb.append("</loc>");
            if (!u.lastmod().isEmpty()) sb.append("<lastmod>").append(u.lastmod()).append("</lastmod>");
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
