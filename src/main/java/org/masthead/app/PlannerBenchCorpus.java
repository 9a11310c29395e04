package org.masthead.app;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.SeriesStore;

/**
 * A planner of a busy opinion desk for the planner benchmark: weekly series spread over about
 * two years around today, most parts scheduled, past ones published, some written, due dates
 * ahead of the future ones, and a few ready stand-alone articles waiting in the pool.
 */
final class PlannerBenchCorpus {

    /** What was made. */
    record Made(int series, int parts, int articles) {
    }

    private static final LocalTime[] TIMES = {LocalTime.of(8, 0), LocalTime.of(15, 40)};
    private static final String[] TOPICS = {"water", "trade", "cities", "energy", "health", "schools", "farming", "the coast"};
    private static final String[] OPENINGS = {"Rethinking", "The cost of", "Who pays for", "A plan for", "Beyond", "The quiet crisis in",
        "Fixing", "What next for"};

    private final Random random;

    PlannerBenchCorpus(long seed) {
        this.random = new Random(seed);
    }

    Made fill(SeriesStore series, ArticleStore articles, int seriesCount, int parts, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int made = 0;
        int written = 0;
        List<SeriesStore.NewPlan> batch = new ArrayList<>();
        for (int i = 0; i < seriesCount; i++) {
            int n = parts / seriesCount + (i < parts % seriesCount ? 1 : 0);
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            Cadence cadence = Cadence.weekly(DayOfWeek.of(1 + random.nextInt(5)), TIMES[random.nextInt(TIMES.length)], zone);
            String name = Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + " notebook " + (i + 1);
            Series s = Series.create(name, topic, n, cadence, now);
            LocalDate first = today.plusDays(random.nextInt(730) - 365L);
            while (first.getDayOfWeek() != cadence.day()) first = first.plusDays(1);
            List<SeriesStore.NewPart> l = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                SeriesStore.NewPart p = part(s, k, first.plusWeeks(k), cadence, now, zone);
                if (p.article() != null) written++;
                l.add(p);
            }
            batch.add(new SeriesStore.NewPlan(s, l));
            if (batch.size() == 50) {
                made += series.createAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) made += series.createAll(batch);
        for (int i = 0; i < 40; i++) {
            articles.create(article("Stand-alone comment " + (i + 1), now).moveTo(ArticleStatus.READY, now));
            written++;
        }
        return new Made(seriesCount, made, written);
    }

    private SeriesStore.NewPart part(Series s, int k, LocalDate day, Cadence cadence, Instant now, ZoneId zone) {
        String title = OPENINGS[random.nextInt(OPENINGS.length)] + " " + s.topic() + ", " + (k + 1);
        PlannedTime time = new PlannedTime(day.atTime(cadence.time()), zone);
        boolean past = time.instant().isBefore(now);
        boolean scheduled = past || random.nextInt(10) < 7;
        SeriesPart p = SeriesPart.planned(title).withAuthor("Author " + random.nextInt(300))
                .withPlanned(scheduled ? time : null).withStage(random.nextBoolean() ? PartStage.COMMISSIONED : PartStage.PLANNED);
        if (!past) {
            p = p.withDues(random.nextInt(10) < 3 ? day.minusDays(20) : null, day.minusDays(10), day.minusDays(4));
        }
        Article a = null;
        if (past && random.nextInt(10) < 9) {
            a = article(title, time.instant()).moveTo(ArticleStatus.EDITING, time.instant()).moveTo(ArticleStatus.READY, time.instant())
                    .publish(time.instant(), zone);
        } else if (!past && random.nextInt(10) < 2) {
            a = article(title, now);
        }
        return new SeriesStore.NewPart(p, a);
    }

    private Article article(String headline, Instant at) {
        return Article.create(ArticleContent.EMPTY.withHeadline(headline)
                .withBody(Document.of(Block.Paragraph.of("An argument in a few plain sentences, for the planner benchmark."))), at);
    }
}
