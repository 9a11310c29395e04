package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesStatus;
import org.masthead.planning.Drafts;
import org.masthead.planning.Plan;
import org.masthead.planning.ScheduledPublisher;

/** Series and parts in a real SQLite file: saved whole, reopened, linked to articles, logged. */
class SeriesStoreTest {

    @TempDir
    Path dir;
    private Backend backend;

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void aPlanIsSavedWholeAndReadBackAfterReopening() {
        Path f = dir.resolve("s.db");
        long id;
        PlannedTime gap = new PlannedTime(LocalDateTime.parse("2027-03-14T02:30"), NEW_YORK);
        try (Database db = backend.open(f)) {
            SeriesStore store = new SeriesStore(db, new ArticleStore(db));
            Cadence cad = new Cadence(Cadence.Unit.WEEK, 2, DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK);
            Series s = Series.create("Rivers", "water", 3, cad, T).withOwner("Mei").withStatus(SeriesStatus.RUNNING)
                    .withNoteTemplate("The {ordinal} of {count}.");
            Plan p = Plan.of(store.create(s, Plan.placeholders(3)));
            id = p.series().id();
            assertThat(p.parts()).extracting(x -> x.part().workingTitle()).containsExactly("Part 1", "Part 2", "Part 3");
            SeriesPart changed = p.parts().get(1).part().withWorkingTitle("Dams").withAuthor("Ana Lima").withStage(PartStage.COMMISSIONED)
                    .withDues(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-20"), null).withPlanned(gap);
            Plan q = p.replace(1, changed).insert(0, SeriesPart.planned("Prologue")).drop(3);
            store.savePlan(q.stored(), List.of(), T);
        }
        try (Database db = backend.open(f)) {
            SeriesStore store = new SeriesStore(db, new ArticleStore(db));
            Plan p = Plan.of(store.load(id));
            assertThat(p.series().title()).isEqualTo("Rivers");
            assertThat(p.series().cadence().describe()).isEqualTo("fortnightly on Sunday at 02:30 (America/New_York)");
            assertThat(p.series().owner()).isEqualTo("Mei");
            assertThat(p.series().status()).isEqualTo(SeriesStatus.RUNNING);
            assertThat(p.series().plannedParts()).isEqualTo(3);
            assertThat(p.parts()).extracting(x -> p.partLabel(p.parts().indexOf(x)) + " " + x.title())
                    .containsExactly("Part 1 of 3 Prologue", "Part 2 of 3 Part 1", "Part 3 of 3 Dams", "Dropped Part 3");
            SeriesPart dams = p.parts().get(2).part();
            assertThat(dams.author()).isEqualTo("Ana Lima");
            assertThat(dams.stage()).isEqualTo(PartStage.COMMISSIONED);
            assertThat(dams.draftDue()).isEqualTo(LocalDate.parse("2027-02-20"));
            assertThat(dams.editDue()).isNull();
            // the local time the editor chose is kept, so the skipped hour can still be flagged
            assertThat(dams.planned()).isEqualTo(gap);
            assertThat(dams.planned().isSkipped()).isTrue();
            assertThat(store.listSeries()).extracting(Series::title).containsExactly("Rivers");
        }
    }

    @BackendTest
    void aDraftFromAPlannedPartIsLinkedAndAChangeToItsPublishedPageIsLogged() {
        try (Database db = backend.open(dir.resolve("d.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore store = new SeriesStore(db, articles);
            Plan p0 = Plan.of(store.create(Series.create("Rivers", "water security", 4, Cadence.WEEKLY_DEFAULT, T), Plan.placeholders(4)));
            Plan p = Plan.of(store.savePlan(p0.replace(1, p0.parts().get(1).part().withWorkingTitle("Dams").withAuthor("Ana Lima and Wei Chen"))
                    .stored(), List.of(), T));
            Article draft = store.createDraft(p.parts().get(1).part().id(), Drafts.fromPart(p, 1, T));
            assertThat(draft.content().headline()).isEqualTo("Dams");
            assertThat(draft.content().bylineText()).isEqualTo("By Ana Lima and Wei Chen");
            assertThat(draft.content().editorsNote()).isEqualTo("Editor's note: This is the 2nd article in a 4-part series on water security.");
            long partId = p.parts().get(1).part().id();
            Plan withDraft = Plan.of(store.load(p.series().id()));
            // a second draft for the same part is refused, by the plan and by the store
            assertThatThrownBy(() -> Drafts.fromPart(withDraft, 1, T)).hasMessageContaining("already has an article");
            assertThatThrownBy(() -> store.createDraft(partId, Drafts.fromPart(p, 1, T))).hasMessageContaining("already has an article");
            assertThat(articles.count()).isEqualTo(1);
            Plan linked = Plan.of(store.load(p.series().id()));
            assertThat(linked.parts().get(1).article().id()).isEqualTo(draft.id());
            assertThat(linked.parts().get(1).statusLabel()).isEqualTo("Draft");
            assertThat(store.planOfArticle(draft.id())).isPresent();

            // publish part 2, then add a part in front of it: its page must change, and the change is logged
            Article pub = articles.save(articles.load(draft.id()).moveTo(ArticleStatus.READY, T).publish(T, ZoneId.of("Asia/Shanghai")),
                    ArticleStore.SaveKind.PUBLISH);
            Plan before = Plan.of(store.load(p.series().id()));
            assertThat(before.parts().get(1).isPublished()).isTrue();
            Plan after = before.insert(0, SeriesPart.planned("Prelude"));
            List<Plan.PageChange> changes = before.pageChanges(after);
            assertThat(changes).singleElement().satisfies(c -> assertThat(c.describe()).contains("\"Part 2 of 4\" becomes \"Part 3 of 5\""));
            store.savePlan(after.stored(), Plan.logEntries(p.series().id(), changes, T), T);
            assertThat(store.log(p.series().id())).singleElement().satisfies(e -> {
                assertThat(e.articleId()).isEqualTo(pub.id());
                assertThat(e.message()).contains("Dams").contains("Part 3 of 5");
            });
            assertThatThrownBy(() -> store.delete(p.series().id())).hasMessageContaining("published parts");
        }
    }

    @BackendTest
    void reschedulingAPartSchedulesItsReadyArticleInTheSameTransactionAndPublishDueSendsItOut() {
        try (Database db = backend.open(dir.resolve("r.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore store = new SeriesStore(db, articles);
            Plan p = Plan.of(store.create(Series.create("Rivers", "water", 2, Cadence.WEEKLY_DEFAULT, T), Plan.placeholders(2)));
            Article a = store.createDraft(p.parts().get(0).part().id(), Drafts.fromPart(p, 0, T));
            a = articles.save(a.moveTo(ArticleStatus.READY, T), ArticleStore.SaveKind.EXPLICIT);
            PlannedTime slot = new PlannedTime(LocalDateTime.parse("2026-12-01T15:40"), ZoneId.of("Asia/Shanghai"));
            store.reschedulePart(p.parts().get(0).part().id(), slot, a.schedule(slot.instant(), T));
            assertThat(articles.load(a.id()).status()).isEqualTo(ArticleStatus.SCHEDULED);
            assertThat(articles.load(a.id()).scheduledAt()).isEqualTo(slot.instant());
            assertThat(Plan.of(store.load(p.series().id())).parts().get(0).part().planned()).isEqualTo(slot);
            assertThat(store.scheduledArticles()).extracting(r -> r.id()).containsExactly(a.id());

            ScheduledPublisher pub = new ScheduledPublisher(articles, store, new PublicationStore(db));
            assertThat(pub.publishDue(slot.instant().minusSeconds(60)).published()).isEmpty();
            ScheduledPublisher.Result r = pub.publishDue(slot.instant().plusSeconds(300));
            assertThat(r.published()).singleElement().satisfies(x -> {
                assertThat(x.status()).isEqualTo(ArticleStatus.PUBLISHED);
                assertThat(x.firstPublished().instant()).isEqualTo(slot.instant());
            });
            assertThat(Plan.of(store.load(p.series().id())).parts().get(0).isPublished()).isTrue();
        }
    }

    @BackendTest
    void aPlanReadBeforeAPartWasWrittenScheduledOrPublishedIsRefusedWhole() {
        try (Database db = backend.open(dir.resolve("v.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore store = new SeriesStore(db, articles);
            Plan p = Plan.of(store.create(Series.create("Rivers", "water", 2, Cadence.WEEKLY_DEFAULT, T), Plan.placeholders(2)));
            Article a = store.createDraft(p.parts().get(0).part().id(), Drafts.fromPart(p, 0, T));
            // p was read before the draft: saving it would unlink the draft; it is refused, nothing changes
            assertThatThrownBy(() -> store.savePlan(p.move(1, 0).stored(), List.of(), T)).isInstanceOf(SeriesStore.StalePlanException.class)
                    .hasMessageContaining("changed meanwhile");
            Plan fresh = Plan.of(store.load(p.series().id()));
            assertThat(fresh.parts().get(0).article().id()).isEqualTo(a.id());
            // a status change of a part's article moves the version on too
            articles.save(articles.load(a.id()).moveTo(ArticleStatus.READY, T), ArticleStore.SaveKind.EXPLICIT);
            assertThatThrownBy(() -> store.savePlan(fresh.move(1, 0).stored(), List.of(), T)).isInstanceOf(SeriesStore.StalePlanException.class);
            // an autosave that changes only the text does not
            Plan again = Plan.of(store.load(p.series().id()));
            articles.save(articles.load(a.id()).withContent(articles.load(a.id()).content().withSummary("s"), T), ArticleStore.SaveKind.AUTOSAVE);
            store.savePlan(again.move(1, 0).stored(), List.of(), T.plusSeconds(1));
            assertThat(Plan.of(store.load(p.series().id())).parts().get(1).article().id()).isEqualTo(a.id());
        }
    }

    @BackendTest
    void theStoreItselfRefusesToDropOrRemoveAPublishedPart() {
        try (Database db = backend.open(dir.resolve("pp.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore store = new SeriesStore(db, articles);
            Plan p = Plan.of(store.create(Series.create("Rivers", "water", 2, Cadence.WEEKLY_DEFAULT, T), Plan.placeholders(2)));
            Article a = store.createDraft(p.parts().get(0).part().id(), Drafts.fromPart(p, 0, T));
            articles.save(a.moveTo(ArticleStatus.READY, T).publish(T, ZoneId.of("Asia/Shanghai")), ArticleStore.SaveKind.PUBLISH);
            Plan fresh = Plan.of(store.load(p.series().id()));
            // bypassing Plan.drop/remove, as a stale or faulty caller might
            SeriesPart dropped = fresh.parts().get(0).part().withStage(PartStage.DROPPED);
            org.masthead.model.SeriesWithParts droppedPlan = new org.masthead.model.SeriesWithParts(fresh.series(),
                    List.of(new org.masthead.model.PlanPart(dropped, fresh.parts().get(0).article()), fresh.parts().get(1)));
            assertThatThrownBy(() -> store.savePlan(droppedPlan, List.of(), T)).hasMessageContaining("cannot be dropped");
            org.masthead.model.SeriesWithParts removed = new org.masthead.model.SeriesWithParts(fresh.series(), List.of(fresh.parts().get(1)));
            assertThatThrownBy(() -> store.savePlan(removed, List.of(), T)).hasMessageContaining("cannot be removed");
            assertThat(Plan.of(store.load(p.series().id())).parts()).hasSize(2);
        }
    }

    @BackendTest
    void anArticleDeletedForGoodLeavesItsPartPlanned() {
        try (Database db = backend.open(dir.resolve("x.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore store = new SeriesStore(db, articles);
            Plan p = Plan.of(store.create(Series.create("Rivers", "water", 1, Cadence.WEEKLY_DEFAULT, T), Plan.placeholders(1)));
            Article a = store.createDraft(p.parts().get(0).part().id(), Drafts.fromPart(p, 0, T));
            articles.trash(a.id(), T);
            assertThat(store.standaloneArticles()).isEmpty();
            articles.deleteForever(a.id());
            Plan q = Plan.of(store.load(p.series().id()));
            assertThat(q.parts().get(0).article()).isNull();
            assertThat(q.parts().get(0).part().articleId()).isZero();
            assertThat(articles.load(articles.create(Article.create(ArticleContent.EMPTY.withHeadline("x"), T)).id()).headline()).isEqualTo("x");
        }
    }
}
