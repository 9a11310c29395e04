package org.masthead.ui.editor;

import static org.masthead.ui.editor.EditorFx.fx;
import static org.masthead.ui.editor.EditorFx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import javafx.stage.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.RecoveryFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.ImageStore;
import org.masthead.store.PostgresServer;
import org.masthead.store.PostgresTestServer;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.TeamPresence;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor on a real PostgreSQL server with a second client beside it: who else is editing, a lost race between two clients. */
@ExtendWith({ApplicationExtension.class, PostgresServer.class})
class TeamEditorFxTest {

    private Stage stage;
    private PostgresTestServer server;
    private DatabaseLocation.Postgres where;
    private Database mine;
    private Database other;
    private FxTaskRunner tasks;
    private AppContext ctx;
    private final FakeDialogs dialogs = new FakeDialogs();
    private ArticleEditor editor;
    private TeamPresence myPresence;
    private TeamPresence theirPresence;
    private org.masthead.ui.shell.LiveRefresh live;

    @Start
    void start(Stage s) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = s;
    }

    @BeforeEach
    void setUp(PostgresTestServer s) throws Exception {
        server = s;
        where = server.createDatabase();
        mine = server.open(where);
        other = server.open(where);
        tasks = new FxTaskRunner();
        ArticleStore articles = new ArticleStore(mine);
        ctx = new AppContext(mine, articles, new ImageStore(mine), new PublicationStore(mine), new SeriesStore(mine, articles), tasks, dialogs,
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (live != null) live.close();
        if (editor != null) fx(() -> {
            editor.setPresence(null);
            editor.close();
            return null;
        });
        tasks.close();
        WaitForAsyncUtils.waitForFxEvents();
        if (myPresence != null) myPresence.close();
        if (theirPresence != null) theirPresence.close();
        mine.close();
        other.close();
        server.drop(where);
    }

    private ArticleEditor showEditor(long id) {
        return EditorFx.showEditor(stage, ctx, id);
    }

    /** Waits until the conflict dialog's window is showing, not only built. */
    private static void awaitConflictDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#conflict-keep-mine").tryQuery()
                .map(n -> fx(() -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()))
                .orElse(false), "the conflict dialog");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long createArticle(String headline) {
        return ctx.articles().create(Article.create(ArticleContent.EMPTY.withHeadline(headline)
                .withBody(Document.of(Block.Paragraph.of("First."))), ctx.now())).id();
    }

    @Test
    void anotherClientWithTheArticleOpenIsShownAboveTheText(FxRobot robot) {
        long id = createArticle("Rivers");
        long elsewhere = createArticle("Bridges");
        editor = showEditor(id);
        myPresence = TeamPresence.start(mine, Duration.ofMillis(300), Duration.ofSeconds(2));
        theirPresence = TeamPresence.start(other, Duration.ofMillis(300), Duration.ofSeconds(2));
        fx(() -> {
            editor.setPresence(myPresence);
            return null;
        });
        theirPresence.editing(id);
        String expected = theirPresence.login() + " is editing this article";
        waitUntil(() -> expected.equals(fx(() -> editor.team().notices().text(PresenceNotice.KEY))), "the notice");
        assertThat(robot.lookup("#notice-presence").queryLabeled().getText()).isEqualTo(expected);
        assertThat(robot.lookup("#notice-presence").queryLabeled().isVisible()).isTrue();
        // the other client sees this editor too
        waitUntil(() -> theirPresence.othersEditing(id).equals(java.util.List.of(myPresence.login())), "the other client to see this one");
        // the other client moves to another article: the notice goes
        theirPresence.editing(elsewhere);
        waitUntil(() -> fx(() -> editor.team().notices().text(PresenceNotice.KEY)) == null, "the notice to go");
        // this editor opens that article: the notice is back there
        fx(() -> {
            editor.open(elsewhere);
            return null;
        });
        waitUntil(() -> expected.equals(fx(() -> editor.team().notices().text(PresenceNotice.KEY))), "the notice on the other article");
        waitUntil(() -> theirPresence.othersEditing(id).isEmpty() && theirPresence.othersEditing(elsewhere).size() == 1,
                "the other client to see this one move");
    }

    @Test
    void twoClientsSaveTheSameArticleAndTheSecondMeetsTheConflictDialog(FxRobot robot) {
        long id = createArticle("Rivers");
        editor = showEditor(id);
        ArticleStore theirs = new ArticleStore(other);
        Article base = theirs.load(id);
        Article saved = theirs.save(base.withContent(base.content().withHeadline("Rivers, theirs"), ctx.now()), ArticleStore.SaveKind.EXPLICIT);
        robot.interact(() -> editor.area().appendText(" Mine."));
        fx(() -> {
            editor.flush();
            return null;
        });
        awaitConflictDialog(robot);
        assertThat(theirs.load(id)).isEqualTo(saved);
        robot.clickOn("#conflict-keep-mine");
        waitUntil(() -> theirs.load(id).version() == saved.version() + 1, "mine on top of theirs");
        assertThat(theirs.load(id).content().body()).isEqualTo(Document.of(Block.Paragraph.of("First. Mine.")));
    }

    @Test
    void aSaveWhileTheServerIsDownIsKeptInARecoveryFileAndLandsWhenItIsBack(FxRobot robot, @TempDir Path recovery) throws Exception {
        Assumptions.assumeTrue(server.canRestart(), "an outside server is not the tests' to stop");
        long id = createArticle("Rivers");
        editor = showEditor(id);
        fx(() -> {
            editor.setRecoveryFolder(recovery);
            editor.team().offline().setBackoff(Duration.ofMillis(200), Duration.ofSeconds(1));
            return null;
        });
        RecoveryFiles files = new RecoveryFiles(recovery, where);
        server.stopServer();
        try {
            robot.interact(() -> editor.area().appendText(" Typed while the server was down."));
            fx(() -> {
                editor.flush();
                return null;
            });
            waitUntil(() -> {
                String n = fx(() -> editor.team().notices().text(OfflineSaves.KEY));
                return n != null && n.contains("cannot be reached");
            }, "the editor to say the server cannot be reached");
            assertThat(fx(() -> editor.team().notices().text(OfflineSaves.KEY))).contains(files.fileOf(id).toString());
            assertThat(fx(() -> editor.dirtyProperty().get())).as("the text stays, unsaved").isTrue();
            assertThat(files.read(id)).hasValueSatisfying(r -> {
                assertThat(r.body()).isEqualTo(Document.of(Block.Paragraph.of("First. Typed while the server was down.")));
                assertThat(r.headline()).isEqualTo("Rivers");
            });
            assertThat(Files.getPosixFilePermissions(files.fileOf(id))).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(recovery.resolve(files.fileOf(id).getParent())))
                    .doesNotContain(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            // typing goes on while the retries fail
            robot.interact(() -> editor.area().appendText(" And more."));
            Thread.sleep(1500);
        } finally {
            server.startServer();
        }
        Document expected = Document.of(Block.Paragraph.of("First. Typed while the server was down. And more."));
        waitUntil(() -> {
            try (Database check = server.open(where)) {
                return new ArticleStore(check).load(id).content().body().equals(expected);
            } catch (RuntimeException e) {
                return false;
            }
        }, "the pending save to land");
        waitUntil(() -> fx(() -> editor.team().notices().text(OfflineSaves.KEY)) == null, "the notice to go");
        assertThat(files.fileOf(id)).doesNotExist();
        waitUntil(() -> fx(() -> !editor.dirtyProperty().get()), "the editor to be saved");
        // and the editor goes on saving on the new connection
        robot.interact(() -> editor.area().appendText(" After."));
        fx(() -> {
            editor.flush();
            return null;
        });
        waitUntil(() -> ctx.articles().load(id).content().body().plainText().contains("After."), "a save after the restart");
    }

    /** The editor hears others' saves as the app wires it: one TeamEvents subscription through LiveRefresh. */
    private void listen() {
        live = org.masthead.ui.shell.LiveRefresh.attach(mine, javafx.application.Platform::runLater, new org.masthead.ui.shell.LiveRefresh.Targets() {
            @Override public void articles(java.util.Set<Long> ids) { ids.forEach(editor::savedByOthers); }
            @Override public void submissions(java.util.Set<Long> ids) { }
            @Override public void series(java.util.Set<Long> ids) { }
            @Override public void everything() { }
        }, Duration.ofMillis(50), Duration.ofMillis(200)).orElseThrow();
    }

    @Test
    void anotherClientsSaveIsShownQuietlyWhenThereAreNoUnsavedEdits(FxRobot robot) {
        long id = createArticle("Rivers");
        editor = showEditor(id);
        listen();
        ArticleStore theirs = new ArticleStore(other);
        Article base = theirs.load(id);
        Article saved = theirs.save(base.withContent(base.content().withHeadline("Rivers, theirs")
                .withBody(Document.of(Block.Paragraph.of("Their text."))), ctx.now()), ArticleStore.SaveKind.EXPLICIT);
        waitUntil(() -> fx(() -> editor.currentDocument().equals(Document.of(Block.Paragraph.of("Their text.")))), "their text in the editor");
        assertThat(fx(() -> editor.articleProperty().get().version())).isEqualTo(saved.version());
        assertThat(fx(() -> editor.dirtyProperty().get())).as("nothing unsaved: it was a reload, not an edit").isFalse();
        assertThat(fx(() -> editor.team().notices().text(TeamEditing.SAVED_BY_OTHERS))).isNull();
        // this client's next save goes on top of theirs, without a conflict
        robot.interact(() -> editor.area().appendText(" Mine."));
        fx(() -> {
            editor.flush();
            return null;
        });
        waitUntil(() -> theirs.load(id).version() == saved.version() + 1, "mine on top of theirs");
        assertThat(theirs.load(id).content().body()).isEqualTo(Document.of(Block.Paragraph.of("Their text. Mine.")));
        assertThat(robot.lookup("#conflict-keep-mine").tryQuery()).isEmpty();
    }

    @Test
    void anotherClientsSaveOverUnsavedEditsShowsABarAndTheNextSaveMeetsTheConflictDialog(FxRobot robot) {
        long id = createArticle("Rivers");
        editor = showEditor(id);
        listen();
        robot.interact(() -> editor.area().appendText(" Mine."));
        ArticleStore theirs = new ArticleStore(other);
        Article base = theirs.load(id);
        Article saved = theirs.save(base.withContent(base.content().withHeadline("Rivers, theirs"), ctx.now()), ArticleStore.SaveKind.EXPLICIT);
        waitUntil(() -> TeamEditing.SAVED_BY_OTHERS_TEXT.equals(fx(() -> editor.team().notices().text(TeamEditing.SAVED_BY_OTHERS))), "the bar");
        assertThat(fx(() -> editor.currentDocument())).as("the unsaved edit is kept").isEqualTo(Document.of(Block.Paragraph.of("First. Mine.")));
        fx(() -> {
            editor.flush();
            return null;
        });
        awaitConflictDialog(robot);
        robot.clickOn("#conflict-keep-mine");
        waitUntil(() -> theirs.load(id).version() == saved.version() + 1, "mine on top of theirs");
        waitUntil(() -> fx(() -> editor.team().notices().text(TeamEditing.SAVED_BY_OTHERS)) == null, "the bar to go after the save");
    }

    @Test
    void thisClientsOwnSaveIsNotTakenForSomeoneElses() throws Exception {
        long id = createArticle("Rivers");
        editor = showEditor(id);
        listen();
        long before = new ArticleStore(other).load(id).version();
        EditorFx.fx(() -> {
            editor.area().appendText(" Mine.");
            editor.flush();
            return null;
        });
        waitUntil(() -> new ArticleStore(other).load(id).version() == before + 1, "my save stored");
        Thread.sleep(600); // the notification and the read after it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> editor.team().notices().text(TeamEditing.SAVED_BY_OTHERS))).isNull();
    }
}
