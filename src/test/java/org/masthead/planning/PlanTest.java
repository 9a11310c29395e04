package org.masthead.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlanPart;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;

class PlanTest {

    static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    static Plan plan(String... titles) {
        List<PlanPart> l = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            l.add(new PlanPart(new SeriesPart(i + 1, 7, i + 1, titles[i], "", 0, PartStage.PLANNED, null, null, null, null), null));
        }
        return new Plan(Series.create("Rivers", "water", titles.length, Cadence.WEEKLY_DEFAULT, T).withId(7), l);
    }

    /** The plan with part {@code index} published as an article with the same headline. */
    static Plan published(Plan p, int index) {
        List<PlanPart> l = new ArrayList<>(p.parts());
        PlanPart pp = l.get(index);
        l.set(index, new PlanPart(pp.part().withArticleId(100 + index),
                new ArticleRef(100 + index, ArticleStatus.PUBLISHED, pp.part().workingTitle(), "", null, T, null, false)));
        return new Plan(p.series(), l);
    }

    static List<String> labels(Plan p) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < p.parts().size(); i++) l.add(p.partLabel(i) + " " + p.parts().get(i).title());
        return l;
    }

    @Test
    void numbersCountsAndTeasersComeFromThePlan() {
        Plan p = plan("Source", "Dams", "Delta", "Sea");
        assertThat(labels(p)).containsExactly("Part 1 of 4 Source", "Part 2 of 4 Dams", "Part 3 of 4 Delta", "Part 4 of 4 Sea");
        assertThat(p.teaser(1)).contains("Stay tuned for the next issue: Delta");
        assertThat(p.teaser(3)).isEmpty();
        assertThat(p.editorsNote(1)).isEqualTo("Editor's note: This is the 2nd article in a 4-part series on water.");
    }

    @Test
    void insertingMovingDroppingAndRemovingRenumberTheRest() {
        Plan p = plan("Source", "Dams", "Delta", "Sea");
        Plan ins = p.insert(1, SeriesPart.planned("Floods"));
        assertThat(labels(ins)).containsExactly("Part 1 of 5 Source", "Part 2 of 5 Floods", "Part 3 of 5 Dams", "Part 4 of 5 Delta",
                "Part 5 of 5 Sea");
        assertThat(ins.series().plannedParts()).isEqualTo(5);
        assertThat(ins.parts()).extracting(x -> x.part().position()).containsExactly(1, 2, 3, 4, 5);

        Plan moved = p.move(3, 0);
        assertThat(labels(moved)).containsExactly("Part 1 of 4 Sea", "Part 2 of 4 Source", "Part 3 of 4 Dams", "Part 4 of 4 Delta");
        assertThat(moved.teaser(0)).contains("Stay tuned for the next issue: Source");

        Plan dropped = p.drop(1);
        assertThat(labels(dropped)).containsExactly("Part 1 of 3 Source", "Dropped Dams", "Part 2 of 3 Delta", "Part 3 of 3 Sea");
        assertThat(dropped.teaser(0)).contains("Stay tuned for the next issue: Delta");
        assertThat(dropped.series().plannedParts()).isEqualTo(3);
        assertThat(labels(dropped.reinstate(1))).containsExactly("Part 1 of 4 Source", "Part 2 of 4 Dams", "Part 3 of 4 Delta",
                "Part 4 of 4 Sea");

        Plan removed = p.remove(0);
        assertThat(labels(removed)).containsExactly("Part 1 of 3 Dams", "Part 2 of 3 Delta", "Part 3 of 3 Sea");
        // Nothing is published, so nothing needs confirming.
        assertThat(p.pageChanges(ins)).isEmpty();
        assertThat(p.pageChanges(moved)).isEmpty();
    }

    @Test
    void afterPublicationAChangeToAPublishedPageIsReported() {
        Plan p = published(plan("Source", "Dams", "Delta", "Sea"), 0);

        // Adding a part at the end changes the count printed on part 1: "Part 1 of 4" -> "Part 1 of 5".
        List<Plan.PageChange> added = p.pageChanges(p.insert(4, SeriesPart.planned("Epilogue")));
        assertThat(added).singleElement().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo(100);
            assertThat(c.before().partLabel()).isEqualTo("Part 1 of 4");
            assertThat(c.after().partLabel()).isEqualTo("Part 1 of 5");
            assertThat(c.describe()).contains("\"Part 1 of 4\" becomes \"Part 1 of 5\"");
        });

        // Moving a part in front of the published one changes its number and its teaser.
        Plan.PageChange movedFirst = p.pageChanges(p.move(2, 0)).get(0);
        assertThat(movedFirst.after().number()).isEqualTo(2);

        // Renaming the next part changes the teaser on part 1.
        Plan renamed = p.replace(1, p.parts().get(1).part().withWorkingTitle("Big dams"));
        assertThat(p.pageChanges(renamed)).singleElement()
                .satisfies(c -> assertThat(c.describe()).contains("from \"Dams\" to \"Big dams\""));

        // Dropping the next part changes the teaser and the count.
        assertThat(p.pageChanges(p.drop(1)).get(0).after()).isEqualTo(new Plan.PageFacts(1, 3, "Delta"));

        // Swapping parts 3 and 4 says nothing new on part 1's page.
        assertThat(p.pageChanges(p.move(3, 2))).isEmpty();
    }

    @Test
    void aScheduledPartMustLeaveTheCalendarBeforeItIsDropped() {
        Plan p = plan("Source", "Dams");
        List<PlanPart> l = new ArrayList<>(p.parts());
        l.set(1, new PlanPart(l.get(1).part().withArticleId(9),
                new ArticleRef(9, ArticleStatus.SCHEDULED, "Dams", "", T.plusSeconds(86400), null, null, false)));
        Plan q = new Plan(p.series(), l);
        assertThatThrownBy(() -> q.drop(1)).hasMessageContaining("take it off the calendar");
    }

    @Test
    void aPublishedPartCannotBeDroppedOrRemoved() {
        Plan p = published(plan("Source", "Dams"), 0);
        assertThatThrownBy(() -> p.drop(0)).hasMessageContaining("withdraw");
        assertThatThrownBy(() -> p.remove(0)).hasMessageContaining("withdraw");
    }

    @Test
    void theTitleIsTheArticlesHeadlineOnceItHasOne() {
        Plan p = published(plan("Source", "Dams"), 1);
        List<PlanPart> l = new ArrayList<>(p.parts());
        l.set(1, new PlanPart(l.get(1).part(), new ArticleRef(101, ArticleStatus.DRAFT, "Why dams fail", "", null, null, null, false)));
        Plan q = new Plan(p.series(), l);
        // The board shows the draft's headline, but pages follow the plan until that part is published.
        assertThat(q.parts().get(1).title()).isEqualTo("Why dams fail");
        assertThat(q.teaser(0)).contains("Stay tuned for the next issue: Dams");
        l.set(1, new PlanPart(l.get(1).part(), new ArticleRef(101, ArticleStatus.PUBLISHED, "Why dams fail", "", null, T, null, false)));
        assertThat(new Plan(p.series(), l).teaser(0)).contains("Stay tuned for the next issue: Why dams fail");
        assertThat(q.parts().get(1).statusLabel()).isEqualTo("Draft");
        assertThat(plan("A").parts().get(0).statusLabel()).isEqualTo("Planned");
        assertThat(plan("A").drop(0).parts().get(0).statusKey()).isEqualTo("dropped");
    }
}
