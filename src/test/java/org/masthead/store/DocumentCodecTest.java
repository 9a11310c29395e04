package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

class DocumentCodecTest {

    final DocumentCodec codec = new DocumentCodec();

    Document roundTrip(Document d) {
        return codec.read(codec.write(d));
    }

    @Test
    void everyBlockKindAndMarkSurvivesTheRoundTrip() {
        Document d = Document.of(
                Block.Heading.of(1, "Section"),
                Block.Heading.of(2, "Sub-section"),
                new Block.Paragraph(List.of(Run.plain("plain "), Run.bold("bold "), Run.italic("italic "),
                        new Run("all", new Marks(true, true, "https://example.org/a?b=c&d", "A note, with \"quotes\"")))),
                Block.Quote.of("A quotation."),
                new Block.ListItem(false, 1, List.of(Run.plain("bullet"))),
                new Block.ListItem(true, 3, List.of(Run.plain("numbered, nested"))),
                new Block.Figure("ab".repeat(32), "Caption", "Photo: Someone", "Alt text"),
                new Block.Separator());
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void aRunOver64KilobytesSurvives() {
        String big = "long text ".repeat(10_000);
        assertThat(big.length()).isGreaterThan(65_536);
        Document d = Document.of(Block.Paragraph.of(big));
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void emojiChineseAndArabicSurvive() {
        Document d = Document.of(Block.Paragraph.of("👩‍👩‍👧 family 🇨🇳 flag 😀"),
                Block.Paragraph.of("城市的水资源需要长期规划。"), Block.Paragraph.of("المدن الكبرى تحتاج إلى المياه."));
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void theEmptyDocumentSurvives() {
        assertThat(roundTrip(Document.EMPTY)).isEqualTo(Document.EMPTY);
        assertThat(codec.write(Document.EMPTY)).isEqualTo("{\"formatVersion\":1,\"blocks\":[]}");
    }

    @Test
    void aNewerFormatVersionIsRefusedNotGuessed() {
        assertThatThrownBy(() -> codec.read("{\"formatVersion\":2,\"blocks\":[]}")).hasMessageContaining("newer");
        assertThatThrownBy(() -> codec.read("{\"blocks\":[]}")).hasMessageContaining("formatVersion");
        assertThatThrownBy(() -> codec.read("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.read("{\"formatVersion\":1,\"blocks\":[{\"type\":\"table\"}]}"))
                .hasMessageContaining("table");
    }

    @Test
    void articleContentRoundTripsWithItsByline() {
        ContentCodec cc = new ContentCodec();
        ArticleContent c = new ArticleContent("H", "S", "Editor's note", List.of(new Author("N", "T"), new Author("M", "")),
                "Ed", List.of("water", "cities"), "Source", "zh-Hans", Document.of(Block.Paragraph.of("正文")));
        assertThat(cc.read(cc.write(c))).isEqualTo(c);
    }
}
