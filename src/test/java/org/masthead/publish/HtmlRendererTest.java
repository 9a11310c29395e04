package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;
import org.masthead.model.text.TextDirection;

class HtmlRendererTest {

    private final HtmlRenderer page = HtmlRenderer.page(id -> Optional.of(new HtmlRenderer.Image("images/" + id + ".jpg", 640, 400)));

    @Test
    void headingsAreShiftedBelowThePagesHeadline() {
        String html = page.render(Document.of(Block.Heading.of(1, "Section"), Block.Heading.of(2, "Sub"), Block.Paragraph.of("x")));
        assertThat(html).contains("<h2>Section</h2>", "<h3>Sub</h3>", "<p>x</p>").doesNotContain("<h1");
    }

    @Test
    void textAndAttributesAreEscaped() {
        String html = page.render(Document.of(Block.Paragraph.of("<script>alert('x')</script> & \"q\""),
                new Block.Figure("a\"b", "<b>cap</b>", "c&d", "alt\" onerror=\"x")));
        assertThat(html).doesNotContain("<script", "<b>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(img.attributes().size()).isEqualTo(4);
        assertThat(img.attr("alt")).isEqualTo("alt\" onerror=\"x");
    }

    @Test
    void onlyHttpHttpsMailtoAndRelativeLinksSurvive() {
        List<String> safe = List.of("https://example.org/a?b=c#d", "http://x.test", "mailto:a@example.org", "/2026/03/x/", "../x/", "#note-1",
                "a/b:c", "page?x=a:b");
        List<String> unsafe = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:x", "data:text/html,x",
                "vbscript:x", "\\\\evil.test", "file:///etc/passwd", "java\u0000script:x");
        for (String s : safe) assertThat(HtmlRenderer.isSafeHref(s)).as(s).isTrue();
        for (String s : unsafe) assertThat(HtmlRenderer.isSafeHref(s)).as(s).isFalse();
        String html = page.render(Document.of(new Block.Paragraph(List.of(Run.link("bad", "javascript:alert(1)"), Run.plain(" "),
                Run.link("good", "https://example.org/")))));
        assertThat(html).isEqualTo("<p>bad <a href=\"https://example.org/\">good</a></p>\n");
    }

    @Test
    void figuresHaveCaptionCreditAltAndSize() {
        String html = page.render(Document.of(new Block.Figure("abc", "The river.", "Photo: A", "A river")));
        assertThat(html).isEqualTo("<figure><img src=\"images/abc.jpg\" alt=\"A river\" width=\"640\" height=\"400\">"
                + "<figcaption>The river. <small>Photo: A</small></figcaption></figure>\n");
        HtmlRenderer none = HtmlRenderer.page(id -> Optional.empty());
        assertThat(none.render(Document.of(new Block.Figure("abc", "c", "", "")))).isEmpty();
    }

    @Test
    void notesBecomeNumberedEndnotesWithBackLinks() {
        Marks n1 = Marks.NONE.withNote("First note.");
        Document d = Document.of(new Block.Paragraph(List.of(Run.plain("One"), new Run(" two", n1), new Run(" three", n1.withBold(true)),
                Run.plain(" four"), new Run(" five", Marks.NONE.withNote("Second <note>.")))));
        String html = page.render(d);
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("sup a")).extracting(Element::text).containsExactly("1", "2");
        assertThat(doc.select("sup a").first().attr("href")).isEqualTo("#note-1");
        assertThat(doc.select("section.notes h2").text()).isEqualTo("Notes");
        assertThat(doc.select("section.notes li")).extracting(Element::ownText).containsExactly("First note.", "Second <note>.");
        assertThat(doc.select("#note-2 a").attr("href")).isEqualTo("#note-ref-2");
        assertThat(doc.getElementById("note-ref-1")).isNotNull();
    }

    @Test
    void listsNestAndQuotesGroup() {
        Document d = Document.of(Block.ListItem.of(true, "a"), new Block.ListItem(true, 2, List.of(Run.plain("a1"))),
                Block.ListItem.of(true, "b"), Block.ListItem.of(false, "c"), Block.Quote.of("q1"), Block.Quote.of("q2"), new Block.Separator());
        String html = page.render(d);
        assertThat(html).isEqualTo("<ol>\n<li>a<ol>\n<li>a1</li>\n</ol>\n</li>\n<li>b</li>\n</ol>\n<ul>\n<li>c</li>\n</ul>\n"
                + "<blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n<hr>\n");
    }

    @Test
    void aParagraphInAnotherScriptGetsItsDirection() {
        String html = page.render(Document.of(Block.Paragraph.of("الماء"), Block.Paragraph.of("water")), TextDirection.LTR);
        assertThat(html).isEqualTo("<p dir=\"rtl\">الماء</p>\n<p>water</p>\n");
    }

    @Test
    void theFragmentHasNoClasses() {
        Document d = Document.of(new Block.Paragraph(List.of(new Run("x", Marks.NONE.withNote("n")))), new Block.Figure("a", "c", "", "alt"));
        String html = HtmlRenderer.fragment(id -> Optional.of(new HtmlRenderer.Image(id + ".png", 1, 1))).render(d);
        assertThat(Jsoup.parseBodyFragment(html).select("[class]")).isEmpty();
        assertThat(html).contains("<sup><a href=\"#note-1\"", "<figure>");
    }
}
