package org.masthead.planning.preflight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PlanPart;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.planning.Plan;

/** Plans for the preflight tests. */
final class TestPlans {

    private TestPlans() {
    }

    /** A series of {@code titles.length} parts; article {@code 7} (in editing) is part {@code mine} (1-based). */
    static Plan plan(String title, String topic, int mine, String... titles) {
        Series s = Series.create(title, topic, titles.length, Cadence.WEEKLY_DEFAULT, Instant.parse("2026-03-01T00:00:00Z")).withId(3);
        List<PlanPart> parts = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            long article = i + 1 == mine ? 7 : 0;
            SeriesPart p = SeriesPart.planned(titles[i]).withId(100 + i).withSeriesId(3).withPosition(i + 1).withArticleId(article);
            ArticleRef ref = article == 0 ? null : new ArticleRef(7, ArticleStatus.EDITING, "Mine", "", null, null, null, false);
            parts.add(new PlanPart(p, ref));
        }
        return new Plan(s, parts);
    }
}
