package org.masthead.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.planning.Conflict;
import org.masthead.planning.Drafts;
import org.masthead.planning.Plan;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.DialogService;
import org.masthead.ui.shell.TaskRunner;

/** The planner's operations over a real SQLite file: confirmation, logging, scheduling on a day. */
class PlannerModelTest {

    @TempDir
    Path dir;
    Database db;
    AppContext ctx;
    PlannerModel model;
    boolean answer;
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<Long> opened = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    Path saveTo;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("plan.db"));
        DialogService dialogs = new DialogService() {
            @Override public void error(String t, String m) { errors.add(m); }
            @Override public void info(String t, String m) { infos.add(m); }
            @Override public boolean confirm(String t, String m, String ok) { asked.add(m); return answer; }
            @Override public Optional<String> prompt(String t, String l, String i) { return Optional.empty(); }
            @Override public Optional<String> promptLong(String t, String l, String i) { return Optional.empty(); }
            @Override public Optional<Path> openFile(String t, List<String> e) { return Optional.empty(); }
            @Override public Optional<Path> saveFile(String t, String n) { return Optional.ofNullable(saveTo); }
        };
        ArticleStore articles = new ArticleStore(db);
        ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles),
                TaskRunner.sameThread(), dialogs, Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));
        model = new PlannerModel(ctx);
        model.setArticleOpener(opened::add);
        model.createSeries(Series.create("Rivers", "water", 3, Cadence.WEEKLY_DEFAULT, ctx.now()), 3);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Plan stored() {
        return Plan.of(ctx.series().load(model.selectedProperty().get().series().id()));
    }

    /** Publishes part {@code index} through the store, as the workflow would. */
    private void publishPart(int index) {
        Plan p = stored();
        Article a = ctx.series().createDraft(p.parts().get(index).part().id(), Drafts.fromPart(p, index, ctx.now()));
        ctx.articles().save(a.moveTo(ArticleStatus.READY, ctx.now()).publish(ctx.now(), SHANGHAI), ArticleStore.SaveKind.PUBLISH);
        model.reload();
    }

    @Test
    void aReviewerIsToldWhyInsteadOfChangingThePlan() {
        org.masthead.ui.shell.RoleGate gate = new org.masthead.ui.shell.RoleGate(
                new org.masthead.store.SessionAccess("mei", org.masthead.store.SessionAccess.Level.REVIEWER), ctx.dialogs());
        gate.whyNotArticles("plan series or schedule articles").ifPresent(model::setReadOnly);
        assertThat(model.readOnlyProperty().get()).isTrue();
        model.movePart(2, 0);
        model.insertPart(3, "Epilogue");
        model.createDraft(0);
        model.createSeries(Series.create("Bridges", "steel", 2, Cadence.WEEKLY_DEFAULT, ctx.now()), 2);
        assertThat(stored().parts()).extracting(x -> x.title()).containsExactly("Part 1", "Part 2", "Part 3");
        assertThat(opened).isEmpty();
        assertThat(ctx.series().listSeries()).hasSize(1);
        assertThat(infos).hasSize(4).allSatisfy(m -> assertThat(m).contains("mei is a reviewer").contains("cannot plan series or schedule articles"));
        // an editor's login: the same move goes through
        model.setReadOnly(null);
        model.movePart(2, 0);
        assertThat(stored().parts()).extracting(x -> x.title()).containsExactly("Part 3", "Part 1", "Part 2");
    }

    @Test
    void reorderingBeforePublicationAsksNothing() {
        model.movePart(2, 0);
        assertThat(asked).isEmpty();
        assertThat(stored().parts()).extracting(x -> x.title()).containsExactly("Part 3", "Part 1", "Part 2");
        assertThat(model.selectedProperty().get().partLabel(0)).isEqualTo("Part 1 of 3");
    }

    @Test
    void aChangeToAPublishedPageIsConfirmedAndLoggedOrNotMadeAtAll() {
        publishPart(0);
        answer = false;
        model.insertPart(3, "Epilogue");
        assertThat(asked).singleElement().satisfies(m -> assertThat(m).contains("\"Part 1 of 3\" becomes \"Part 1 of 4\""));
        assertThat(stored().parts()).hasSize(3);
        assertThat(ctx.series().log(stored().series().id())).isEmpty();

        answer = true;
        model.insertPart(3, "Epilogue");
        assertThat(stored().parts()).hasSize(4);
        assertThat(ctx.series().log(stored().series().id())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Part 1 of 4").contains("needs an update"));
        // the board shows it, and the planner lists it with its date
        assertThat(model.selectedPageUpdates()).singleElement().satisfies(e -> assertThat(e.message()).contains("Part 1 of 4"));
        model.showPageUpdates();
        assertThat(infos).singleElement().satisfies(m -> assertThat(m).startsWith("11-27-2026 17:00 BJT").contains("needs an update"));
        // a published part cannot be dropped: a clear message, nothing changed
        model.dropPart(0);
        assertThat(errors).singleElement().satisfies(m -> assertThat(m).contains("withdraw"));
        assertThat(stored().count()).isEqualTo(4);
    }

    @Test
    void aPieceDroppedOnADayTakesItsCadenceTimeOrTheFirstFreeSlot() {
        Plan p = model.selectedProperty().get();
        String first = "p:" + p.parts().get(0).part().id();
        String second = "p:" + p.parts().get(1).part().id();
        model.scheduleOnDay(first, LocalDate.parse("2026-12-01"));
        assertThat(stored().parts().get(0).part().planned()).isEqualTo(new PlannedTime(LocalDateTime.parse("2026-12-01T15:40"), SHANGHAI));
        // the cadence slot is taken, so the second piece gets the day's first free slot, 08:00
        model.scheduleOnDay(second, LocalDate.parse("2026-12-01"));
        assertThat(stored().parts().get(1).part().planned()).isEqualTo(new PlannedTime(LocalDateTime.parse("2026-12-01T08:00"), SHANGHAI));
        // part 2 before part 1: flagged as soon as it lands
        assertThat(model.reportProperty().get().has(second, Conflict.Kind.OUT_OF_ORDER)).isTrue();
        model.reschedule(second, null);
        assertThat(stored().parts().get(1).part().planned()).isNull();
        assertThat(model.scheduleProperty().get().unscheduled()).extracting(x -> x.key()).contains(second);
    }

    @Test
    void schedulingAPartWhoseArticleIsReadySchedulesTheArticle() {
        Plan p = stored();
        Article a = ctx.series().createDraft(p.parts().get(0).part().id(), Drafts.fromPart(p, 0, ctx.now()));
        ctx.articles().save(a.moveTo(ArticleStatus.READY, ctx.now()), ArticleStore.SaveKind.EXPLICIT);
        model.reload();
        model.scheduleOnDay("p:" + p.parts().get(0).part().id(), LocalDate.parse("2026-12-08"));
        Article after = ctx.articles().load(a.id());
        assertThat(after.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(after.scheduledAt()).isEqualTo(Instant.parse("2026-12-08T07:40:00Z"));
        // a new time set in "Edit part…" moves the article's schedule too
        int i = 0;
        model.updatePart(i, stored().parts().get(i).part().withWorkingTitle("Sources").withPlanned(
                new PlannedTime(LocalDateTime.parse("2026-12-09T08:00"), SHANGHAI)));
        assertThat(ctx.articles().load(a.id()).scheduledAt()).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        assertThat(stored().parts().get(0).part().workingTitle()).isEqualTo("Sources");
        assertThat(stored().parts().get(0).part().planned().local()).isEqualTo(LocalDateTime.parse("2026-12-09T08:00"));
        // back to the pool: the article is ready again, not scheduled
        model.reschedule("p:" + p.parts().get(0).part().id(), null);
        assertThat(ctx.articles().load(a.id()).status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void createDraftOpensTheNewArticle() {
        model.createDraft(1);
        assertThat(opened).hasSize(1);
        Article a = ctx.articles().load(opened.get(0));
        assertThat(a.content().headline()).isEqualTo("Part 2");
        assertThat(a.content().editorsNote()).isEqualTo("Editor's note: This is the 2nd article in a 3-part series on water.");
        assertThat(stored().parts().get(1).article().id()).isEqualTo(a.id());
    }

    @Test
    void badSlotsAreRefusedWithAMessage() {
        model.setSlots("8am, 15:40");
        assertThat(errors).singleElement().satisfies(m -> assertThat(m).contains("\"8am\" is not a time of day"));
        model.setSlots("09:00, 13:00, 17:30");
        assertThat(model.slotsProperty().get().perDay()).isEqualTo(3);
    }

    @Test
    void thePlanIsExportedAsICalendarFromThePlanner() throws Exception {
        Plan p = model.selectedProperty().get();
        model.scheduleOnDay("p:" + p.parts().get(0).part().id(), LocalDate.parse("2026-12-01"));
        saveTo = dir.resolve("plan");
        model.exportCalendar();
        Path written = dir.resolve("plan.ics");
        String ics = java.nio.file.Files.readString(written);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:part-" + p.parts().get(0).part().id() + "-publish@masthead")
                .contains("DTSTART:20261201T074000Z");
        assertThat(infos).singleElement().satisfies(m -> assertThat(m).startsWith("Wrote 1 publication date and 0 due dates"));
        assertThat(errors).isEmpty();
    }

    @Test
    void autoScheduleSchedulesAReadyPartsArticleAndTellsTheEditor() {
        List<Long> reloaded = new ArrayList<>();
        List<ArticleStatus> stored = new ArrayList<>();
        model.setArticleSync(new PlannerModel.ArticleSync() {
            @Override public void storedElsewhere(Article a) { stored.add(a.status()); }
            @Override public void reloadIfOpen(long id) { reloaded.add(id); }
        });
        Plan p = stored();
        Article a = ctx.series().createDraft(p.parts().get(0).part().id(), Drafts.fromPart(p, 0, ctx.now()));
        ctx.articles().save(a.moveTo(ArticleStatus.READY, ctx.now()), ArticleStore.SaveKind.EXPLICIT);
        model.reload();
        model.autoSchedule();
        // weekly on Tuesday 15:40 BJT from Friday 27 November: 1, 8 and 15 December
        Article after = ctx.articles().load(a.id());
        assertThat(after.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(after.scheduledAt()).isEqualTo(Instant.parse("2026-12-01T07:40:00Z"));
        assertThat(stored().parts()).extracting(x -> x.part().planned() == null ? null : x.part().planned().local().toString())
                .containsExactly("2026-12-01T15:40", "2026-12-08T15:40", "2026-12-15T15:40");
        assertThat(stored).containsExactly(ArticleStatus.SCHEDULED);
        assertThat(reloaded).containsExactly(a.id());
        assertThat(errors).isEmpty();
    }

    @Test
    void aChangeMadeFromAStalePlanIsRefusedAndThePlanShownAgain() {
        Plan before = model.selectedProperty().get();
        // a draft is written for part 1 elsewhere (another window, the CLI): the plan on screen is now stale
        ctx.series().createDraft(before.parts().get(0).part().id(), Drafts.fromPart(before, 0, ctx.now()));
        model.movePart(2, 0);
        assertThat(errors).singleElement().satisfies(m -> assertThat(m).contains("changed meanwhile"));
        assertThat(model.selectedProperty().get().parts().get(0).article()).isNotNull();
        assertThat(stored().parts().get(0).article()).isNotNull();
        model.movePart(2, 0);
        assertThat(stored().parts()).extracting(x -> x.title()).containsExactly("Part 3", "Part 1", "Part 2");
    }
}
