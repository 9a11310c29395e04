package org.masthead.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/**
 * Formats other than .docx, and telling kinds apart by their bytes. Every document here is
 * made in the test. There is no .doc round trip: POI's HWPF cannot write a new .doc, and
 * no .doc is in the shared corpora; a .doc reaches Tika's OfficeParser the same way .rtf
 * and .odt reach theirs.
 */
class AttachmentReaderTest {

    private final AttachmentReader reader = new AttachmentReader();

    private static Document doc(AttachmentContent c) {
        assertThat(c).isInstanceOf(AttachmentContent.Text.class);
        return ((AttachmentContent.Text) c).document();
    }

    private static byte[] pdf(StandardProtectionPolicy protection, String... lines) throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(14);
                cs.newLineAtOffset(72, 700);
                for (String l : lines) {
                    if (!l.isEmpty()) cs.showText(l);
                    cs.newLine();
                }
                cs.endText();
            }
            d.getDocumentInformation().setTitle("A title in the PDF");
            if (protection != null) d.protect(protection);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfBecomesParagraphsWithWrappedLinesJoined() throws IOException {
        byte[] pdf = pdf(null, "The first paragraph is wrapped", "over two lines.", "", "", "A second para-", "graph here.");
        AttachmentContent.Text t = (AttachmentContent.Text) reader.read("piece.pdf", "application/pdf", pdf);
        assertThat(t.document().blocks()).containsExactly(Block.Paragraph.of("The first paragraph is wrapped over two lines."),
                Block.Paragraph.of("A second paragraph here."));
        assertThat(t.title()).isEqualTo("A title in the PDF");
    }

    @Test
    void anEncryptedPdfFailsSayingSo() throws IOException {
        StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        p.setEncryptionKeyLength(128);
        byte[] pdf = pdf(p, "secret text");
        AttachmentContent c = reader.read("locked.pdf", "application/pdf", pdf);
        assertThat(c).isInstanceOf(AttachmentContent.Failed.class);
        assertThat(((AttachmentContent.Failed) c).reason()).startsWith("encrypted PDF:");
    }

    @Test
    void rtfAndOdtBecomeOneParagraphALine() {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 First paragraph with caf\\'e9.\\par Second {\\b bold} paragraph.\\par}";
        assertThat(doc(reader.read("letter.rtf", "application/rtf", rtf.getBytes(StandardCharsets.US_ASCII))).blocks())
                .containsExactly(Block.Paragraph.of("First paragraph with café."), Block.Paragraph.of("Second bold paragraph."));
        assertThat(doc(reader.read("essay.odt", null, TestFiles.odt("Eins zwei.", "Drei &amp; vier."))).blocks())
                .containsExactly(Block.Paragraph.of("Eins zwei."), Block.Paragraph.of("Drei & vier."));
    }

    @Test
    void plainTextCharsetsAreSniffed() {
        String s = "Crème brûlée\nsecond line\n\nNext paragraph";
        List<Block> expected = List.of(Block.Paragraph.of("Crème brûlée second line"), Block.Paragraph.of("Next paragraph"));
        assertThat(doc(reader.read("a.txt", "text/plain", s.getBytes(StandardCharsets.UTF_8))).blocks()).isEqualTo(expected);
        byte[] bom = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE);
        assertThat(doc(reader.read("a.txt", null, bom)).blocks()).isEqualTo(expected);
        AttachmentContent.Text latin = (AttachmentContent.Text) reader.read("a.txt", null, s.getBytes(Charset.forName("windows-1252")));
        assertThat(latin.document().blocks()).isEqualTo(expected);
        assertThat(latin.warnings()).singleElement().asString().contains("windows-1252");
        byte[] koi8 = "Привет".getBytes(Charset.forName("KOI8-R"));
        assertThat(doc(reader.read("ru.txt", "text/plain; charset=koi8-r", koi8)).plainText()).contains("Привет");
    }

    @Test
    void markdownAndHtmlGoThroughTheHtmlReader() {
        String md = "---\ntitle: \"From the front matter\"\n---\n# Heading\n\nSome *stress* and a [link](https://example.org).\n\n- one\n- two\n\n![x](http://tracker.example/p.png)\n";
        AttachmentContent.Text t = (AttachmentContent.Text) reader.read("piece.md", null, md.getBytes(StandardCharsets.UTF_8));
        assertThat(t.title()).isEqualTo("From the front matter");
        assertThat(t.document().blocks()).containsExactly(Block.Heading.of(1, "Heading"),
                new Block.Paragraph(List.of(Run.plain("Some "), Run.italic("stress"), Run.plain(" and a "), Run.link("link", "https://example.org"), Run.plain("."))),
                Block.ListItem.of(false, "one"), Block.ListItem.of(false, "two"));
        assertThat(t.warnings()).anyMatch(w -> w.contains("nothing is fetched"));

        String html = "<html><head><meta charset=\"windows-1252\"><title>Page title</title><script>alert(1)</script></head>"
                + "<body><h2>Sub</h2><p>Fa\u00e7ade <a href=\"javascript:x()\">bad</a></p></body></html>";
        AttachmentContent.Text h = (AttachmentContent.Text) reader.read("page.html", "text/html", html.getBytes(Charset.forName("windows-1252")));
        assertThat(h.title()).isEqualTo("Page title");
        assertThat(h.document().blocks()).containsExactly(Block.Heading.of(1, "Sub"), Block.Paragraph.of("Façade bad"));
    }

    @Test
    void picturesAreImagesButSvgIsKeptAsAFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(reader.read("photo.png", "image/png", png)).isEqualTo(new AttachmentContent.Image("image/png", png));
        // a PNG sent as .jpg is still shown, as what it is
        assertThat(reader.read("photo.jpg", null, png)).isInstanceOf(AttachmentContent.Image.class);
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("logo.svg", "image/svg+xml", svg)).isInstanceOf(AttachmentContent.KeptFile.class);
        assertThat(reader.read("logo.png", "image/png", svg)).isInstanceOf(AttachmentContent.KeptFile.class);
    }

    @Test
    void theBytesDecideAndAMismatchSaysSo() throws IOException {
        assertThat(reader.read("report.pdf", "application/pdf", "Hello, not a PDF".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new AttachmentContent.Failed("not a PDF despite its name"));
        byte[] docx = TestFiles.docx(TestFiles.document("", "<w:p><w:r><w:t>Real docx</w:t></w:r></w:p>"));
        assertThat(reader.read("report.pdf", null, docx)).isEqualTo(
                new AttachmentContent.Failed("not a PDF despite its name (it looks like a Word file (.docx))"));
        AttachmentContent.Text renamed = (AttachmentContent.Text) reader.read("old-name.doc", "application/msword", docx);
        assertThat(renamed.plainText()).isEqualTo("Real docx");
        assertThat(renamed.warnings().get(0)).contains("read as what it is");
        // no name, no type: the bytes alone
        assertThat(doc(reader.read(null, "application/octet-stream", pdf(null, "Found by its bytes"))).plainText())
                .contains("Found by its bytes");
        assertThat(reader.read("notes.docx", null, "plain words".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new AttachmentContent.Failed("not a Word file (.docx) despite its name"));
    }

    @Test
    void archivesProgramsAndEmptyFilesAreKeptOrRefusedPlainly() {
        byte[] xlsx = TestFiles.zip(Map.of("[Content_Types].xml", new byte[1], "xl/workbook.xml", new byte[1]), false);
        assertThat(reader.read("figures.xlsx", null, xlsx)).isInstanceOf(AttachmentContent.KeptFile.class);
        assertThat(reader.read("setup.exe", null, new byte[] {'M', 'Z', 0, 0})).isInstanceOf(AttachmentContent.KeptFile.class);
        assertThat(reader.read("empty.docx", null, new byte[0])).isEqualTo(new AttachmentContent.Failed("the file is empty"));
        AttachmentReader small = new AttachmentReader(new AttachmentReader.Limits(10, 100, 100));
        assertThat(small.read("big.txt", null, new byte[11])).isInstanceOf(AttachmentContent.Failed.class);
    }
}
