package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** An Atom 1.0 feed (RFC 4287): titles, links, dates, authors and summaries, no article bodies. */
record AtomFeed(String title, String selfUrl, String pageUrl, String author, Instant updated, List<Entry> entries) {

    record Entry(String url, String title, Instant published, Instant updated, List<String> authors, String summary) {
        /** As the default record string (a feed's input hash states it), without the default's slow formatter. */
        @Override
        public String toString() {
            return "Entry[url=" + url + ", title=" + title + ", published=" + published + ", updated=" + updated + ", authors=" + authors
                    + ", summary=" + summary + "]";
        }
    }

    /** As the default record string (the feed's input hash states it), without the default's slow formatter. */
    @Override
    public String toString() {
        return "AtomFeed[title=" + title + ", selfUrl=" + selfUrl + ", pageUrl=" + pageUrl + ", author=" + author + ", updated=" + updated
                + ", entries=" + entries + "]";
    }

    static final int LIMIT = 20;

    byte[] bytes() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(sb, "  ", "title", title);
        sb.append("  <link rel=\"self\" href=\"").append(HtmlRenderer.escape(selfUrl)).append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(HtmlRenderer.escape(pageUrl)).append("\"/>\n");
        element(sb, "  ", "id", pageUrl);
        element(sb, "  ", "updated", (updated == null ? Instant.EPOCH : updated).toString());
        sb.append("  <author>\n");
        element(sb, "    ", "name", author);
        sb.append("  </author>\n");
        for (Entry e : entries) {
            sb.append("  <entry>\n");
            element(sb, "    ", "title", e.title());
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(HtmlRenderer.escape(e.url())).append("\"/>\n");
            element(sb, "    ", "id", e.url());
            element(sb, "    ", "published", e.published().toString());
            element(sb, "    ", "updated", e.updated().toString());
            for (String a : e.authors()) {
                sb.append("    <author>\n");
                element(sb, "      ", "name", a);
                sb.append("    </author>\n");
            }
            if (!e.summary().isBlank()) element(sb, "    ", "summary", e.summary());
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder sb, String indent, String name, String text) {
        sb.append(indent).append('<').append(name).append('>');
        HtmlRenderer.escapeTo(sb, text);
        sb.append("</").append(name).append(">\n");
    }
}
