package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Cadence;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;

class SeriesStoreBulkTest {

    @TempDir
    Path dir;
    private Backend backend;

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void createAllStoresEverySeriesWithItsPartsInOrderAndTheirArticles() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        PlannedTime t = new PlannedTime(LocalDateTime.of(2026, 12, 1, 15, 40), ZoneId.of("Asia/Shanghai"));
        try (Database db = backend.open(dir.resolve("bulk.db"))) {
            SeriesStore store = new SeriesStore(db, new ArticleStore(db));
            Article written = Article.create(ArticleContent.EMPTY.withHeadline("Written already"), now);
            int made = store.createAll(List.of(
                    new SeriesStore.NewPlan(Series.create("A", "a", 0, Cadence.WEEKLY_DEFAULT, now), List.of(
                            new SeriesStore.NewPart(SeriesPart.planned("one").withPlanned(t), written),
                            new SeriesStore.NewPart(SeriesPart.planned("two"), null))),
                    new SeriesStore.NewPlan(Series.create("B", "b", 0, Cadence.WEEKLY_DEFAULT, now), List.of(
                            new SeriesStore.NewPart(SeriesPart.planned("only"), null)))));

            assertThat(made).isEqualTo(3);
            List<SeriesWithParts> plans = store.allPlans();
            assertThat(plans).extracting(p -> p.series().title()).containsExactly("A", "B");
            assertThat(plans.get(0).series().plannedParts()).isEqualTo(2);
            assertThat(plans.get(0).parts()).extracting(p -> p.part().position()).containsExactly(1, 2);
            assertThat(plans.get(0).parts().get(0).part().planned()).isEqualTo(t);
            assertThat(plans.get(0).parts().get(0).article().headline()).isEqualTo("Written already");
            assertThat(plans.get(0).parts().get(1).article()).isNull();
        }
    }
}
