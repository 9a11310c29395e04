package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;

/** Linking an article written elsewhere to a planned part. */
class SeriesStoreLinkTest {

    @TempDir
    Path dir;
    private Backend backend;

    static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void anExistingArticleIsLinkedToAPlannedPartOnceAndTheSeriesVersionMovesOn() {
        try (Database db = backend.open(dir.resolve("l.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore store = new SeriesStore(db, articles);
            SeriesWithParts plan = store.create(Series.create("Rivers", "water", 2, Cadence.WEEKLY_DEFAULT, T),
                    List.of(SeriesPart.planned("One"), SeriesPart.planned("Two")));
            Article a = articles.create(Article.create(ArticleContent.EMPTY.withHeadline("Written elsewhere"), T));
            long part = plan.parts().get(1).part().id();

            store.linkArticle(part, a.id());

            SeriesWithParts after = store.load(plan.series().id());
            assertThat(after.parts().get(1).article().id()).isEqualTo(a.id());
            assertThat(after.parts().get(1).part().stage()).isEqualTo(PartStage.COMMISSIONED);
            assertThat(after.series().modifiedAt()).isAfter(plan.series().modifiedAt());
            assertThatThrownBy(() -> store.linkArticle(part, a.id())).hasMessageContaining("already has an article");
            long first = plan.parts().get(0).part().id();
            assertThatThrownBy(() -> store.linkArticle(first, a.id())).hasMessageContaining("already a part of series");
            assertThatThrownBy(() -> store.linkArticle(first, 999)).hasMessageContaining("no article with id 999");
            assertThat(store.load(plan.series().id()).parts().get(0).article()).isNull();
        }
    }
}
