package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.ui.editor.ConflictViewModel.Mark;
import org.masthead.ui.editor.ConflictViewModel.Row;
import org.masthead.ui.editor.ConflictViewModel.Section;

class ConflictViewModelTest {

    private static ArticleContent content(String headline, String summary, String... paragraphs) {
        Block[] blocks = new Block[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) blocks[i] = Block.Paragraph.of(paragraphs[i]);
        return ArticleContent.EMPTY.withHeadline(headline).withSummary(summary).withBody(Document.of(blocks));
    }

    @Test
    void rowsMarkWhatIsOnlyMineOnlyTheirsAndChanged() {
        ArticleContent mine = content("Rivers", "Under the city", "One.", "Two, mine.", "Mine alone.", "Four.");
        ArticleContent theirs = content("Rivers", "Under the pavement", "One.", "Two, theirs.", "Four.", "Theirs alone.");
        List<Row> rows = ConflictViewModel.compare(mine, theirs);
        assertThat(rows).containsExactly(
                new Row(Section.HEADLINE, Mark.SAME, "Rivers", "Rivers"),
                new Row(Section.SUMMARY, Mark.CHANGED, "Under the city", "Under the pavement"),
                new Row(Section.BODY, Mark.SAME, "One.", "One."),
                new Row(Section.BODY, Mark.CHANGED, "Two, mine.", "Two, theirs."),
                new Row(Section.BODY, Mark.ONLY_MINE, "Mine alone.", ""),
                new Row(Section.BODY, Mark.SAME, "Four.", "Four."),
                new Row(Section.BODY, Mark.ONLY_THEIRS, "", "Theirs alone."));
    }

    @Test
    void anEmptyStandfirstOnOneSideIsOnlyTheOthers() {
        List<Row> rows = ConflictViewModel.compare(content("H", ""), content("H", "Their standfirst"));
        assertThat(rows).containsExactly(new Row(Section.HEADLINE, Mark.SAME, "H", "H"),
                new Row(Section.SUMMARY, Mark.ONLY_THEIRS, "", "Their standfirst"));
    }

    @Test
    void mineAsTextHoldsEverythingToCopy() {
        assertThat(ConflictViewModel.asText(content("Rivers", "Under", "One.", "Two.")))
                .isEqualTo("Rivers\n\nUnder\n\nOne.\n\nTwo.\n");
    }
}
