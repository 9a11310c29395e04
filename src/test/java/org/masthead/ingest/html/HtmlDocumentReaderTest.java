package org.masthead.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;
import org.masthead.model.text.Block.Heading;
import org.masthead.model.text.Block.ListItem;
import org.masthead.model.text.Block.Paragraph;
import org.masthead.model.text.Block.Quote;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

class HtmlDocumentReaderTest {

    private final HtmlDocumentReader reader = new HtmlDocumentReader();

    private Document fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> texts(Document d) {
        return d.blocks().stream().map(b -> b instanceof Block.TextBlock t ? kind(b) + ":" + t.text() : kind(b)).toList();
    }

    private static String kind(Block b) {
        if (b instanceof Heading h) return "h" + h.level();
        if (b instanceof Quote) return "quote";
        if (b instanceof ListItem li) return (li.ordered() ? "ol" : "ul") + li.level();
        if (b instanceof Paragraph) return "p";
        return b.getClass().getSimpleName().toLowerCase();
    }

    @Test
    void wordPasteKeepsStructureAndDropsOfficeMarkup() throws IOException {
        Document d = fixture("word.html");
        assertThat(texts(d)).containsExactly(
                "h1:Rivers Under the Pavement",
                "p:The city buried its streams a century ago. Now it wants them back, and quickly.",
                "h1:What the engineers found",
                "ul1:Culverts older than the tram lines",
                "ul2:Some of them still carry water",
                "ol1:Map them",
                "ol1:Open them",
                "quote:\u201CA river you cannot see is a river you forget.\u201D",
                "p:Read the full report or write to the desk.");
        List<Run> second = ((Paragraph) d.blocks().get(1)).runs();
        // Word's <b> is bold whatever mso-bidi-font-weight says; the span with font-style is italic.
        assertThat(second).contains(new Run("Now it wants them back", Marks.of(true, false)), new Run("quickly", Marks.of(false, true)));
        assertThat(((Quote) d.blocks().get(7)).runs()).allMatch(r -> r.marks().italic());
        List<Run> last = ((Paragraph) d.blocks().get(8)).runs();
        assertThat(last).contains(Run.link("full report", "https://example.org/report"), Run.link("the desk", "mailto:desk@example.org"));
    }

    @Test
    void libreOfficePasteKeepsListsNestingQuotesAndTableText() throws IOException {
        Document d = fixture("libreoffice.html");
        assertThat(texts(d)).containsExactly(
                "h1:Heat Islands, Cool Roofs",
                "h1:The first summer",
                "p:Last July the old market stayed four degrees warmer than the park,",
                "p:even after midnight.",
                "h2:Three measures",
                "ol1:White paint on every flat roof",
                "ol1:Trees on the bus routes",
                "ul2:plane trees first",
                "ol1:Shade at tram stops",
                "quote:Nobody asks for shade until it is gone.",
                "p:District", "p:Degrees above park", "p:Old market", "p:4.1",
                "p:See the heat map.");
        assertThat(((Paragraph) d.blocks().get(2)).runs()).contains(Run.bold("old market"));
        assertThat(((ListItem) d.blocks().get(5)).runs()).contains(Run.italic("every"));
    }

    @Test
    void googleDocsWrapperIsNotBoldButItsBoldSpansAre() throws IOException {
        Document d = fixture("gdocs.html");
        assertThat(texts(d)).containsExactly(
                "h1:Ports After the Tariffs",
                "h1:Who pays",
                "p:Container traffic fell by a fifth in one quarter, says the port authority.",
                "ul1:Shippers",
                "ul2:small ones most",
                "ul1:Dock workers",
                "p:Spaces kept once.");
        assertThat(((Paragraph) d.blocks().get(2)).runs()).containsExactly(
                Run.plain("Container traffic fell by a "), Run.bold("fifth"), Run.plain(" in "), Run.italic("one"),
                Run.plain(" quarter, says "), Run.link("the port authority", "https://example.com/ports"), Run.plain("."));
    }

    @Test
    void browserPasteDropsScriptsImagesAndUnsafeLinks() throws IOException {
        Document d = fixture("browser.html");
        assertThat(texts(d)).containsExactly(
                "h1:Dry Taps in a Wet Year",
                "p:By A. Writer",
                "p:When the reservoir was full, the pipes were empty. Leaks, not drought, explain it.",
                "p:Bad link one, bad link two, bad link three, relative link four, good link five.",
                "p:A dry tap in summer",
                "h2:Smaller heading",
                "quote:First quoted line",
                "quote:second quoted line",
                "ol1:one", "ol2:one.a", "ol3:deep", "ol4:deeper", "ol4:deepest");
        List<Run> links = ((Paragraph) d.blocks().get(3)).runs();
        assertThat(links.stream().filter(r -> r.marks().isLink()).map(r -> r.marks().href()).toList())
                .containsExactly("HTTPS://example.com/a%20b");
    }

    @Test
    void runsNeverHoldLineBreaksAndEmptyInputGivesEmptyDocument() {
        assertThat(reader.read("").blocks()).isEmpty();
        assertThat(reader.read("<p> </p><p>&nbsp;</p><br><br>").blocks()).isEmpty();
        Document d = reader.read("one<br>two\nstill two<pre>a\nb</pre>");
        assertThat(texts(d)).containsExactly("p:one", "p:two still two", "p:a", "p:b");
        d.blocks().forEach(b -> ((Block.TextBlock) b).runs().forEach(r -> assertThat(r.text()).doesNotContain("\n")));
    }

    @Test
    void plainTextWithoutTagsBecomesOneParagraph() {
        assertThat(texts(reader.read("just  some\ttext"))).containsExactly("p:just some text");
    }

    @Test
    void boldByCssWeightAndItalicByCssStyle() {
        Document d = reader.read("<p><span style=\"font-weight: 800\">a</span><span style='FONT-WEIGHT:bold'>b</span>"
                + "<strong style='font-weight:normal'>c</strong><span style='font-style:italic'>d</span></p>");
        assertThat(((Paragraph) d.blocks().get(0)).runs()).containsExactly(Run.bold("ab"), Run.plain("c"), Run.italic("d"));
    }

    @Test
    void safeHrefAcceptsOnlyHttpHttpsAndMailto() {
        assertThat(HtmlDocumentReader.safeHref("https://a.example/x?y=1")).isEqualTo("https://a.example/x?y=1");
        assertThat(HtmlDocumentReader.safeHref("mailto:a@b.example")).isEqualTo("mailto:a@b.example");
        assertThat(HtmlDocumentReader.safeHref("java\tscript:alert(1)")).isNull();
        assertThat(HtmlDocumentReader.safeHref("vbscript:x")).isNull();
        assertThat(HtmlDocumentReader.safeHref("//evil.example/x")).isNull();
        assertThat(HtmlDocumentReader.safeHref("http:/no-host")).isNull();
        assertThat(HtmlDocumentReader.safeHref("#_ftn1")).isNull();
    }
}
