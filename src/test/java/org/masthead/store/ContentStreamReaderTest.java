package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

/** The token-by-token reader gives what the tree reader gives, for every article Masthead writes and for odd JSON. */
class ContentStreamReaderTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ContentCodec codec = new ContentCodec(mapper);

    private ArticleContent viaTree(String json) throws Exception {
        return codec.fromJson(mapper.readTree(json));
    }

    @Test
    void everyDemoArticleReadsAsTheTreeReadsIt(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            ArticleStore articles = new ArticleStore(db);
            new DemoPublication().load(articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles));
            List<Article> all = articles.all();
            assertThat(all).hasSizeGreaterThan(5);
            for (Article a : all) {
                String json = codec.write(a.content());
                assertThat(codec.read(json)).isEqualTo(viaTree(json)).isEqualTo(a.content());
                assertThat(codec.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(a.content());
                String outline = codec.write(a.content().outline());
                assertThat(codec.read(outline)).isEqualTo(viaTree(outline));
            }
        }
    }

    @Test
    void everyKindOfBlockAndMarkSurvives() throws Exception {
        Document body = new Document(List.of(new Block.Heading(2, List.of(new Run("Rivers", Marks.NONE))),
                new Block.Paragraph(List.of(new Run("bold ", new Marks(true, false, null, null)), new Run("link", new Marks(false, true,
                        "https://example.org/a?b=1", null)), new Run("noted", new Marks(false, false, null, "A note, with \"quotes\"")))),
                new Block.Quote(List.of(new Run("Quoted", Marks.NONE))), new Block.ListItem(true, 2, List.of(new Run("item", Marks.NONE))),
                new Block.Figure("abc123", "A caption", "Credit", "Alt text"), new Block.Separator()));
        ArticleContent c = new ArticleContent("Headline «ünïcode» 河流", "Summary", "Note", List.of(new Author("Ana Lima", "Professor"),
                new Author("ليلى", "")), "Desk", List.of("Water", "Cities"), "Source", "ar", body);
        String json = codec.write(c);
        assertThat(codec.read(json)).isEqualTo(c).isEqualTo(viaTree(json));
    }

    @Test
    void oddJsonGetsTheTreeReadersDefaults() throws Exception {
        String odd = "{\"future\":{\"x\":[1,2]},\"headline\":null,\"tags\":[\"a\",null,{\"x\":1},3],\"byline\":[{\"name\":\"A\",\"extra\":[1]},\"x\"],"
                + "\"language\":7,\"body\":{\"blocks\":[{\"runs\":[{\"text\":\"t\",\"href\":null,\"bold\":true}],\"type\":\"paragraph\"}],"
                + "\"formatVersion\":1}}";
        assertThat(codec.read(odd)).isEqualTo(viaTree(odd));
        assertThatThrownBy(() -> codec.read("{\"headline\":\"x\"}")).hasMessageContaining("not a Masthead document");
        assertThatThrownBy(() -> codec.read("{\"body\":{\"formatVersion\":9,\"blocks\":[]}}")).hasMessageContaining("newer");
        assertThatThrownBy(() -> codec.read("{\"body\":{\"formatVersion\":1,\"blocks\":[{\"type\":\"video\"}]}}")).hasMessageContaining("video");
        assertThatThrownBy(() -> codec.read("{\"headline\": ")).hasMessageContaining("not a Masthead article");
    }
}
