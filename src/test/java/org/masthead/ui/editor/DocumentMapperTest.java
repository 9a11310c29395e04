package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

    private static Document roundTrip(Document d) {
        return DocumentMapper.toDocument(DocumentMapper.toStyled(d));
    }

    @Test
    void everyBlockKindSurvivesTheRoundTrip() {
        Document d = Document.of(
                Block.Heading.of(1, "Title"),
                Block.Heading.of(2, "Sub"),
                Block.Paragraph.of("Body text."),
                Block.Quote.of("A quotation."),
                Block.ListItem.of(false, "bullet"),
                new Block.ListItem(false, 3, List.of(Run.plain("deep bullet"))),
                Block.ListItem.of(true, "first"),
                new Block.ListItem(true, 2, List.of(Run.plain("nested number"))),
                new Block.Figure("abc123", "A caption", "Photo: X", "alt text"),
                new Block.Separator(),
                new Block.Figure("def456", "", "", ""),
                new Block.Paragraph(List.of()),
                Block.Paragraph.of("after an empty paragraph"));
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void combinedMarksSurvive() {
        Marks all = new Marks(true, true, "https://example.org/a?b=c", "A footnote.");
        Document d = Document.of(new Block.Paragraph(List.of(
                Run.plain("plain "), new Run("everything", all), Run.bold(" bold"), Run.italic(" italic"),
                Run.link(" link", "https://example.org"), new Run(" note", Marks.NONE.withNote("n")))));
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void aRunOfTextOver64KilobytesSurvives() {
        String big = "x".repeat(70_000) + "é".repeat(10_000);
        Document d = Document.of(Block.Paragraph.of(big));
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void emojiChineseAndArabicSurvive() {
        Document d = Document.of(
                Block.Paragraph.of("Family 👨‍👩‍👧‍👦, flag 🇨🇳, thumbs 👍🏽 and 😀"),
                Block.Heading.of(1, "中国经济的新常态"),
                new Block.Paragraph(List.of(Run.plain("这是"), Run.bold("粗体"), Run.plain("。"))),
                Block.Quote.of("مرحبا بالعالم، هذا نص عربي"),
                new Block.Paragraph(List.of(Run.plain("عربي "), Run.italic("English"), Run.plain(" 中文 🎉"))));
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void theEmptyDocumentSurvivesAndShowsOneEmptyParagraph() {
        var styled = DocumentMapper.toStyled(Document.EMPTY);
        assertThat(styled.getParagraphs()).hasSize(1);
        assertThat(DocumentMapper.toDocument(styled)).isEqualTo(Document.EMPTY);
    }

    @Test
    void oneBlockIsOneParagraphOfTheArea() {
        Document d = Document.of(Block.Paragraph.of("a"), new Block.Figure("id", "c", "", ""), new Block.Separator());
        var styled = DocumentMapper.toStyled(d);
        assertThat(styled.getParagraphs()).hasSize(3);
        assertThat(styled.getParagraphs().get(1).getParagraphStyle()).isEqualTo(ParStyle.FIGURE);
        assertThat(styled.getParagraphs().get(2).getParagraphStyle()).isEqualTo(ParStyle.SEPARATOR);
    }

    @Test
    void textTypedBesideAFigureIsKeptAsItsOwnParagraph() {
        var styled = DocumentMapper.toStyled(Document.of(new Block.Figure("id", "c", "", "")));
        var withText = styled.replace(1, 1, DocumentMapper.toStyled(Document.of(Block.Paragraph.of("typed")))).get1();
        Document d = DocumentMapper.toDocument(withText);
        assertThat(d.blocks()).containsExactly(new Block.Figure("id", "c", "", ""), Block.Paragraph.of("typed"));
    }
}
