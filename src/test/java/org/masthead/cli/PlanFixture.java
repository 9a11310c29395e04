package org.masthead.cli;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlanPart;
import org.masthead.model.PlannedTime;
import org.masthead.model.Publication;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * A database with one series of four parts — published, commissioned and scheduled with dues,
 * dropped, planned without a time — and three stand-alone articles: published, scheduled, and
 * ready but unscheduled. "Now" is {@link #NOW}.
 */
final class PlanFixture {

    static final Instant NOW = Instant.parse("2026-03-09T00:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    long seriesId;
    long rivers;
    long reservoirs;
    long rain;
    long drought;
    long riversArticle;
    long oldNews;
    long tradeWinds;
    long pool;

    PlanFixture(Path file) {
        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore series = new SeriesStore(db, articles);
            new PublicationStore(db).save(new Publication("The Daily Meridian — Opinion", SHANGHAI, Publication.DEFAULT_ZONE_LABELS));
            Instant t = Instant.parse("2026-02-20T00:00:00Z");
            SeriesWithParts created = series.create(
                    Series.create("Water and the City", "urban water", 4, Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), SHANGHAI), t)
                            .withOwner("Mei Lin"),
                    List.of(SeriesPart.planned("Rivers").withPosition(1).withAuthor("Ana Lima"),
                            SeriesPart.planned("Reservoirs").withPosition(2).withAuthor("Wei Chen"),
                            SeriesPart.planned("Rain").withPosition(3), SeriesPart.planned("Drought").withPosition(4)));
            seriesId = created.series().id();
            rivers = created.parts().get(0).part().id();
            reservoirs = created.parts().get(1).part().id();
            rain = created.parts().get(2).part().id();
            drought = created.parts().get(3).part().id();

            Article draft = series.createDraft(rivers, Article.create(ArticleContent.EMPTY.withHeadline("Rivers run through it"), t));
            riversArticle = articles.save(draft.publish(Instant.parse("2026-03-03T07:40:00Z"), SHANGHAI), ArticleStore.SaveKind.PUBLISH).id();

            SeriesWithParts loaded = series.load(seriesId);
            List<PlanPart> parts = new ArrayList<>(loaded.parts());
            parts.set(1, parts.get(1).withPart(parts.get(1).part().withStage(PartStage.COMMISSIONED)
                    .withDues(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 8))
                    .withPlanned(new PlannedTime(LocalDateTime.of(2026, 3, 10, 15, 40), SHANGHAI))));
            parts.set(2, parts.get(2).withPart(parts.get(2).part().withStage(PartStage.DROPPED)
                    .withDues(null, LocalDate.of(2026, 3, 12), null)
                    .withPlanned(new PlannedTime(LocalDateTime.of(2026, 3, 17, 15, 40), SHANGHAI))));
            parts.set(3, parts.get(3).withPart(parts.get(3).part().withDues(null, LocalDate.of(2026, 3, 20), null)));
            series.savePlan(new SeriesWithParts(loaded.series().withPlannedParts(3), parts), List.of(), t);

            oldNews = articles.save(Article.create(ArticleContent.EMPTY.withHeadline("Old news"), t)
                    .publish(Instant.parse("2026-03-01T02:00:00Z"), SHANGHAI), ArticleStore.SaveKind.PUBLISH).id();
            tradeWinds = articles.create(withStatus(ArticleContent.EMPTY.withHeadline("Trade winds"), ArticleStatus.SCHEDULED,
                    Instant.parse("2026-03-12T01:00:00Z"), t)).id();
            pool = articles.create(withStatus(ArticleContent.EMPTY.withHeadline("In the pool"), ArticleStatus.READY, null, t)).id();
        }
    }

    static Article withStatus(ArticleContent c, ArticleStatus status, Instant scheduledAt, Instant t) {
        return new Article(0, status, c, null, null, scheduledAt, null, null, List.of(), "", t, t, null);
    }
}
