package org.masthead.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/**
 * The shared .docx corpus (../shared/corpora/docx, see its INDEX.md) through the attachment
 * reader: every file converts or fails with a clear reason, in bounded time, and the
 * structure matches what INDEX.md and pandoc's expected documents say.
 */
class DocxCorpusTest {

    private final AttachmentReader reader = new AttachmentReader();

    private static Path corpus() {
        return Path.of(System.getProperty("masthead.shared", "../shared"), "corpora", "docx");
    }

    private static Path file(String name) {
        Path dir = corpus();
        Assumptions.assumeTrue(Files.isDirectory(dir), "docx corpus not found at " + dir.toAbsolutePath() + "; skipped");
        return dir.resolve(name);
    }

    private AttachmentContent read(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file(name));
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(name, null, bytes), name);
    }

    private Document text(String name) throws IOException {
        AttachmentContent c = read(name);
        assertThat(c).as(name).isInstanceOf(AttachmentContent.Text.class);
        return ((AttachmentContent.Text) c).document();
    }

    @Test
    void everyFileConvertsOrFailsWithAReasonWithinTimeAndRunsNeverHoldLineBreaks() throws IOException {
        Path dir = file(".");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        int texts = 0;
        for (Path f : files) {
            AttachmentContent c = read(f.getFileName().toString());
            assertThat(c).as(f.getFileName().toString()).isInstanceOfAny(AttachmentContent.Text.class, AttachmentContent.Failed.class);
            if (c instanceof AttachmentContent.Failed failed) {
                assertThat(failed.reason()).as(f.getFileName().toString()).isNotBlank().doesNotContain("Exception");
            } else if (c instanceof AttachmentContent.Text t) {
                texts++;
                for (Block b : t.document().blocks()) {
                    if (b instanceof Block.TextBlock tb) tb.runs().forEach(r -> assertThat(r.text()).doesNotContain("\n", "\r"));
                    if (b instanceof Block.Figure fig) assertThat(t.images()).containsKey(fig.assetId());
                }
            }
        }
        assertThat(texts).isGreaterThanOrEqualTo(26);
    }

    @Test
    void brokenFilesFailWithClearReasons() throws IOException {
        assertThat(read("poi__bug53475-password-is-pass.docx"))
                .isEqualTo(new AttachmentContent.Failed("encrypted Word file (password protected): cannot be read"));
        assertThat(((AttachmentContent.Failed) read("poi__truncated62886.docx")).reason()).startsWith("damaged or truncated .docx");
        AttachmentContent fuzz = read("poi__clusterfuzz-5313273089884160.docx");
        if (fuzz instanceof AttachmentContent.Failed f) assertThat(f.reason()).startsWith("damaged");
    }

    @Test
    void headingStylesBecomeHeadingsAndAnUndefinedStyleStaysAParagraph() throws IOException {
        AttachmentContent.Text t = (AttachmentContent.Text) read("pandoc__headers.docx");
        List<Block> blocks = t.document().blocks();
        // pandoc: Header 1..6, then "Seventh level" as plain text (no Heading 7 style exists)
        assertThat(blocks.get(0)).isEqualTo(Block.Heading.of(1, "A Test of Headers"));
        assertThat(blocks.get(1)).isEqualTo(Block.Heading.of(2, "Second Level"));
        assertThat(blocks.stream().filter(Block.Heading.class::isInstance).count()).isEqualTo(6);
        assertThat(blocks).contains(Block.Paragraph.of("Seventh level"));
        assertThat(t.title()).isEqualTo("A Test of Headers");
    }

    @Test
    void boldAndItalicRunsAndALineBreak() throws IOException {
        Document d = text("pandoc__inline_formatting.docx");
        // pandoc: Regular text Emph[italics] Strong[bold Emph[bold italics]].
        assertThat(((Block.TextBlock) d.blocks().get(0)).runs()).containsExactly(
                Run.plain("Regular text "), Run.italic("italics"), Run.plain(" "), Run.bold("bold "),
                new Run("bold italics", org.masthead.model.text.Marks.of(true, true)), Run.plain("."));
        assertThat(d.blocks()).contains(Block.Paragraph.of("A line"), Block.Paragraph.of("break."));
    }

    @Test
    void listsKeepKindAndLevel() throws IOException {
        assertThat(text("mammoth__simple-list.docx").blocks())
                .containsExactly(Block.ListItem.of(false, "Apple"), Block.ListItem.of(false, "Banana"));
        List<Block> numbered = text("poi__ComplexNumberedLists.docx").blocks();
        assertThat(numbered).contains(Block.ListItem.of(true, "Entry #1"),
                new Block.ListItem(true, 2, List.of(Run.plain("2-a"))), Block.Paragraph.of("Normal text here"));
        // The German document's list styles have localized names; pandoc reads three levels-1 items and one level-2.
        List<Block> german = text("pandoc__german_styled_lists.docx").blocks();
        assertThat(german).containsExactly(Block.ListItem.of(false, "One level of the list."),
                Block.ListItem.of(false, "Second level of the list."),
                new Block.ListItem(false, 2, List.of(Run.plain("Next level of the list"))),
                Block.ListItem.of(false, "Back to the top level."));
    }

    @Test
    void footnotesAndEndnotesBecomeNotesOnTheWordBeforeThem() throws IOException {
        Document d = text("pandoc__notes.docx");
        assertThat(d.notes()).containsExactly("My note.", "This is an endnote at the end of the document.");
        Block.TextBlock p = (Block.TextBlock) d.blocks().get(1);
        assertThat(p.text()).isEqualTo("Test footnote. Test endnote.");
        assertThat(p.runs()).contains(new Run("footnote.", org.masthead.model.text.Marks.NONE.withNote("My note.")));
        assertThat(text("mammoth__footnotes.docx").notes()).hasSize(2);
        // A link inside a note keeps its address in the note's text (the note part has its own relationships).
        assertThat(text("mammoth__footnote-hyperlink.docx").notes()).singleElement().asString()
                .contains("Example").contains("http://");
    }

    @Test
    void trackedChangesReadAsAccepted() throws IOException {
        // pandoc's *_accept.native oracles
        assertThat(text("pandoc__track_changes_insertion.docx").blocks())
                .containsExactly(Block.Paragraph.of("This is a text with two exciting insertions."));
        assertThat(text("pandoc__track_changes_deletion.docx").blocks())
                .containsExactly(Block.Paragraph.of("This is a text with a deletion."));
        assertThat(text("pandoc__track_changes_move.docx").blocks()).containsExactly(Block.Paragraph.of("Here is some text."),
                Block.Paragraph.of("Here is the text to be moved."), Block.Paragraph.of("Here is some more text."));
    }

    @Test
    void fieldCodeAndElementHyperlinksKeepTheirAddressesWithFragments() throws IOException {
        Document d = text("pandoc__instrText_hyperlink.docx");
        List<String> hrefs = ((Block.TextBlock) d.blocks().get(0)).runs().stream().map(r -> r.marks().href())
                .filter(h -> h != null).toList();
        assertThat(hrefs).containsExactly(
                "https://books.google.com/books?id=sp_Zcb9ot90C&lpg=PR4&hl=zh-CN&pg=PA19#v=onepage&q&f=true",
                "https://books.google.ae/books?id=dlc0DwAAQBAJ&lpg=PT29&hl=zh-CN&pg=PT26#v=onepage&q&f=true");
        assertThat(d.plainText()).contains("Foundations of Analysis, 2nd Edition").doesNotContain("HYPERLINK");
    }

    @Test
    void textBoxTextIsKeptOnce() throws IOException {
        assertThat(text("mammoth__text-box.docx").blocks()).containsExactly(Block.Paragraph.of("Datum plane"));
    }

    @Test
    void embeddedPicturesBecomeFiguresAndOthersWarn() throws IOException {
        AttachmentContent.Text tiny = (AttachmentContent.Text) read("mammoth__tiny-picture.docx");
        Block.Figure f = tiny.document().figures().get(0);
        assertThat(f.assetId()).isEqualTo(Hashes.sha256(tiny.images().get(f.assetId())));
        assertThat(tiny.images().get(f.assetId())).startsWith(0x89, 'P', 'N', 'G');

        AttachmentContent.Text various = (AttachmentContent.Text) read("poi__VariousPictures.docx");
        assertThat(various.document().figures()).hasSize(2);
        assertThat(various.warnings()).anyMatch(w -> w.contains("EMF")).anyMatch(w -> w.contains("WMF"));

        AttachmentContent.Text external = (AttachmentContent.Text) read("mammoth__external-picture.docx");
        assertThat(external.document().figures()).isEmpty();
        assertThat(external.warnings()).anyMatch(w -> w.contains("not fetched") && w.contains("tiny-picture.png"));

        assertThat(text("pandoc__image_vml.docx").figures()).hasSize(1);
    }

    @Test
    void strictFormatUtf8BomCommentsAndRightToLeftTextRead() throws IOException {
        assertThat(text("mammoth__strict-format.docx").blocks()).containsExactly(Block.Paragraph.of("Test"));
        assertThat(text("mammoth__utf8-bom.docx").blocks()).containsExactly(Block.Paragraph.of("This XML has a byte order mark."));
        assertThat(text("mammoth__comments.docx").plainText()).doesNotContainIgnoringCase("comment").contains("Ouch.");
        // INDEX.md promises Hebrew here, but the file's only bidi mark is on its section; the nested smart tags' text is kept.
        assertThat(text("pandoc__nested_smart_tags.docx").plainText())
                .contains("the king of Egypt died; and the children of Israel sighed by reason of the bondage");
        // A right-to-left run (w:rtl, Arabic bidi language) keeps its dash.
        assertThat(text("poi__WordWithAttachments.docx").plainText()).contains("Мы уйдем; и за нами –  придут и уйдут.");
        // tables: one paragraph per cell, row by row
        assertThat(text("mammoth__tables.docx").blocks()).containsExactly(Block.Paragraph.of("Above"),
                Block.Paragraph.of("Top left"), Block.Paragraph.of("Top right"), Block.Paragraph.of("Bottom left"),
                Block.Paragraph.of("Bottom right"), Block.Paragraph.of("Below"));
    }

    @Test
    void theExternalEntityFileReadsWithTheEntityLeftEmpty() throws IOException {
        long start = System.nanoTime();
        Document d = text("poi__ExternalEntityInText.docx");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(d.plainText().strip()).isEqualTo("Here should not be the POI web site: \"\"");
    }
}
