package org.masthead.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.ActivityEntry;
import org.masthead.model.AttachmentInfo;
import org.masthead.model.AttachmentOutcome;
import org.masthead.model.Person;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;
import org.masthead.ui.editor.FakeDialogs;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.TaskRunner;

/** The inbox view models without a display, on a real database file: filters, order, triage keys, undo, bulk, who acted. */
class InboxModelTest {

    @TempDir
    Path dir;

    private Database db;
    private SubmissionStore store;
    private InboxModel model;
    private TriageCommands triage;
    private final FakeDialogs dialogs = new FakeDialogs();
    private List<Long> ids;
    private Person ana;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("inbox.db"));
        Clock clock = Clock.fixed(InboxFixture.NOW, ZoneOffset.UTC);
        ArticleStore articles = new ArticleStore(db);
        AppContext ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles),
                TaskRunner.sameThread(), dialogs, clock);
        store = new SubmissionStore(db, clock);
        ids = InboxFixture.fill(store);
        ana = store.addPerson("Ana Lima", "ana@example.org");
        store.addPerson("Wei Chen", "wei@example.org");
        model = new InboxModel(ctx, store);
        triage = new TriageCommands(model);
        model.open();
        model.setActor(ana);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SubmissionStatus status(long id) {
        return store.get(id).orElseThrow().status();
    }

    @Test
    void theListShowsSubmissionsByAnswerDueWithoutOtherMail() {
        assertThat(model.rows()).extracting(SubmissionRow::title)
                .containsExactly("Why water is late", "Rivers in the city", "The aquifer question", "A levee too far", "Trains at night");
        model.tabProperty().set(InboxModel.Tab.OTHER_MAIL);
        model.reload();
        assertThat(model.rows()).extracting(SubmissionRow::title).containsExactly("Out of office");
    }

    @Test
    void filtersByStatusAndDueNarrowTheList() {
        model.dueProperty().set(InboxModel.Due.DAY);
        model.reload();
        assertThat(model.rows()).extracting(SubmissionRow::title).containsExactly("Why water is late", "Rivers in the city");
        model.dueProperty().set(InboxModel.Due.OVERDUE);
        model.reload();
        assertThat(model.rows()).extracting(SubmissionRow::title).containsExactly("Why water is late");
        store.setStatus(ids.get(3), SubmissionStatus.SHORTLISTED, "test");
        model.clearFilters();
        model.statusProperty().set(SubmissionStatus.SHORTLISTED);
        model.reload();
        assertThat(model.rows()).extracting(SubmissionRow::title).containsExactly("Trains at night");
    }

    @Test
    void triageKeysMoveTheStatusLogWhoActedAndUndo() {
        long id = ids.get(0);
        assertThat(triage.key("s", false, List.of(id))).contains(TriageCommands.Navigation.NONE);
        assertThat(status(id)).isEqualTo(SubmissionStatus.SHORTLISTED);
        assertThat(model.row(id).status()).isEqualTo(SubmissionStatus.SHORTLISTED);
        assertThat(store.activity(id)).extracting(ActivityEntry::actor).contains("Ana Lima");
        triage.key("D", false, List.of(id));
        assertThat(status(id)).isEqualTo(SubmissionStatus.DECLINED);
        triage.key("u", false, List.of());
        assertThat(status(id)).isEqualTo(SubmissionStatus.SHORTLISTED);
        triage.key("u", false, List.of());
        assertThat(status(id)).isEqualTo(SubmissionStatus.NEW);
        assertThat(model.row(id).status()).isEqualTo(SubmissionStatus.NEW);
    }

    @Test
    void keysWithModifiersOrOtherLettersDoNothingAndNavigationIsTheViews() {
        long id = ids.get(0);
        assertThat(triage.key("a", true, List.of(id))).isEmpty();
        assertThat(triage.key("x", false, List.of(id))).isEmpty();
        assertThat(status(id)).isEqualTo(SubmissionStatus.NEW);
        assertThat(triage.key("j", false, List.of(id))).contains(TriageCommands.Navigation.NEXT);
        assertThat(triage.key("K", false, List.of(id))).contains(TriageCommands.Navigation.PREVIOUS);
        assertThat(triage.key("/", false, List.of(id))).contains(TriageCommands.Navigation.SEARCH);
    }

    @Test
    void assignToMeAndBulkDeclineAreEachOneUndoStep() {
        triage.key("e", false, List.of(ids.get(0), ids.get(1)));
        assertThat(store.get(ids.get(0)).orElseThrow().assigneeId()).isEqualTo(ana.id());
        assertThat(model.row(ids.get(1)).assignee()).isEqualTo("Ana Lima");
        triage.setStatus(List.of(ids.get(0), ids.get(1), ids.get(2)), SubmissionStatus.DECLINED, "Decline");
        assertThat(ids.subList(0, 3)).allSatisfy(id -> assertThat(status(id)).isEqualTo(SubmissionStatus.DECLINED));
        triage.undo();
        assertThat(ids.subList(0, 3)).allSatisfy(id -> assertThat(status(id)).isEqualTo(SubmissionStatus.NEW));
        assertThat(store.get(ids.get(0)).orElseThrow().assigneeId()).isEqualTo(ana.id());
        triage.undo();
        assertThat(store.get(ids.get(0)).orElseThrow().assigneeId()).isNull();
    }

    @Test
    void undoLeavesASubmissionSomeoneElseChangedMeanwhile() {
        long id = ids.get(0);
        triage.key("s", false, List.of(id));
        store.setStatus(id, SubmissionStatus.ACCEPTED, "Wei Chen");
        triage.undo();
        assertThat(status(id)).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(model.messageProperty().get()).contains("not undone for #" + id);
    }

    @Test
    void bulkTagTagsEverySelectedSubmission() {
        triage.tag(List.of(ids.get(1), ids.get(2)), "climate");
        assertThat(store.get(ids.get(1)).orElseThrow().tags()).containsExactly("climate");
        model.tagProperty().set("climate");
        model.reload();
        assertThat(model.rows()).extracting(SubmissionRow::id).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    }

    @Test
    void nothingIsWrittenWithoutSomeoneActing() {
        model.actorProperty().set(null);
        triage.key("s", false, List.of(ids.get(0)));
        assertThat(status(ids.get(0))).isEqualTo(SubmissionStatus.NEW);
        assertThat(dialogs.infos).isNotEmpty();
    }

    @Test
    void searchShowsHitsWithHighlightedSnippets() {
        model.searchProperty().set("aquifer");
        model.reload();
        assertThat(model.rows()).extracting(SubmissionRow::title).containsExactly("The aquifer question");
        assertThat(model.hit(model.rows().get(0).id()).segments()).anyMatch(s -> s.highlighted() && s.text().equalsIgnoreCase("aquifer"));
    }

    @Test
    void savedFiltersRoundTripThroughTheStore() {
        model.dueProperty().set(InboxModel.Due.DAY);
        dialogs.answers.add("Due today");
        model.saveFilter();
        assertThat(model.savedFilters()).extracting(f -> f.name()).containsExactly("Due today");
        model.clearFilters();
        assertThat(model.rows()).hasSize(5);
        model.apply(model.savedFilters().get(0));
        assertThat(model.dueProperty().get()).isEqualTo(InboxModel.Due.DAY);
        assertThat(model.rows()).hasSize(2);
        model.deleteFilter(model.savedFilters().get(0));
        assertThat(store.savedFilters()).isEmpty();
    }

    @Test
    void detailFormRecordsWhoVerifiedAndRefusesABadTime() {
        var s = store.get(ids.get(0)).orElseThrow().withClaimedTitle("Professor of Hydrology");
        DetailForm f = DetailForm.of(s, ZoneOffset.UTC);
        DetailForm verified = new DetailForm(f.title(), f.claimedTitle(), true, f.bio(), f.conflictNote(), "FR", f.pitch(), f.exclusive(),
                f.exclusiveUntil(), "2026-05-06 14:00", "");
        var next = verified.apply(s, ZoneOffset.UTC, "Ana Lima");
        assertThat(next.verifiedBy()).isEqualTo("Ana Lima");
        assertThat(next.language()).isEqualTo("fr");
        assertThat(next.answerDue()).isEqualTo(java.time.Instant.parse("2026-05-06T14:00:00Z"));
        DetailForm bad = new DetailForm(f.title(), f.claimedTitle(), false, "", "", "en", false, false, "", "tomorrow", "");
        assertThatThrownBy(() -> bad.apply(s, ZoneOffset.UTC, "Ana")).hasMessageContaining("Answer due");
    }

    @Test
    void anAttachmentIsSavedUnderItsCleanedNameInsideTheChosenFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThat(SafeFileName.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.clean("..\\evil\r\n.docx")).isEqualTo("evil.docx");
        assertThat(SafeFileName.clean("...")).isEqualTo("attachment");
        Files.writeString(folder.resolve("passwd"), "x");
        assertThat(SafeFileName.target(folder, "../passwd")).isEqualTo(folder.toAbsolutePath().resolve("passwd (2)"));
        AttachmentInfo none = new AttachmentInfo(999, ids.get(0), 1, "x.txt", "text/plain", 1, "", AttachmentOutcome.FILE, "", false);
        assertThatThrownBy(() -> new DetailModel(model).saveInto(folder, none)).hasMessageContaining("missing");
    }

    @Test
    void theDeadlineNoticeComesOnlyWhenSomethingNewFallsDue() {
        List<Integer> badges = new java.util.ArrayList<>();
        List<Integer> notices = new java.util.ArrayList<>();
        DeadlineWatch w = new DeadlineWatch(model.context(), store, badges::add, l -> notices.add(l.size()));
        w.check();
        w.check();
        assertThat(badges).containsExactly(2, 2);
        assertThat(notices).containsExactly(2);
        assertThat(DeadlineWatch.describe(store.due(InboxFixture.NOW, DeadlineWatch.WITHIN), ZoneOffset.UTC, InboxFixture.NOW))
                .startsWith("OVERDUE").contains("Rivers in the city");
    }
}
