package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SessionAccess;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.FxTaskRunner;
import org.masthead.ui.shell.RoleGate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** For a reviewer the editor is read-only, with a bar naming the login and role; typing changes nothing and nothing is saved. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyEditorFxTest {

    private Stage stage;
    private Database db;
    private FxTaskRunner tasks;
    private AppContext ctx;
    private final FakeDialogs dialogs = new FakeDialogs();
    private ArticleEditor editor;

    @Start
    void start(Stage s) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = s;
    }

    @BeforeEach
    void setUp(@TempDir Path dir) {
        db = Database.open(dir.resolve("masthead.db"));
        tasks = new FxTaskRunner();
        ArticleStore articles = new ArticleStore(db);
        ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles), tasks, dialogs,
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        if (editor != null) EditorFx.fx(() -> {
            editor.close();
            return null;
        });
        tasks.close();
        WaitForAsyncUtils.waitForFxEvents();
        db.close();
    }

    @Test
    void aReviewerCannotTypeAndIsToldWhy(FxRobot robot) {
        long id = ctx.articles().create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers")
                .withBody(Document.of(Block.Paragraph.of("First."))), ctx.now())).id();
        RoleGate gate = new RoleGate(new SessionAccess("mei", SessionAccess.Level.REVIEWER), dialogs);
        editor = EditorFx.showEditor(stage, ctx, id, e -> gate.whyNotArticles("edit or publish articles").ifPresent(e::setReadOnly));
        assertThat(EditorFx.fx(() -> editor.isEditable())).isFalse();
        String bar = EditorFx.fx(() -> editor.team().notices().text(TeamEditing.READ_ONLY));
        assertThat(bar).contains("mei is a reviewer").contains("cannot edit or publish articles");
        assertThat(robot.lookup("#notice-" + TeamEditing.READ_ONLY).queryLabeled().isVisible()).isTrue();
        // what would change the text is off: Format and Insert, Replace, Undo
        assertThat(EditorFx.fx(() -> items("Format").stream().allMatch(javafx.scene.control.MenuItem::isDisable))).isTrue();
        assertThat(EditorFx.fx(() -> items("Insert").stream().allMatch(javafx.scene.control.MenuItem::isDisable))).isTrue();

        robot.clickOn(editor.area());
        robot.type(KeyCode.X, KeyCode.Y);
        robot.clickOn("#headline-big");
        robot.type(KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(EditorFx.fx(() -> editor.currentDocument())).isEqualTo(Document.of(Block.Paragraph.of("First.")));
        assertThat(EditorFx.fx(() -> editor.dirtyProperty().get())).isFalse();
        EditorFx.fx(() -> {
            editor.flush();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.articles().load(id).headline()).isEqualTo("Rivers");

        // an editor's login: editable again, the bar goes
        EditorFx.fx(() -> {
            editor.setReadOnly(null);
            return null;
        });
        assertThat(EditorFx.fx(() -> editor.isEditable())).isTrue();
        assertThat(EditorFx.fx(() -> editor.team().notices().text(TeamEditing.READ_ONLY))).isNull();
        assertThat(EditorFx.fx(() -> items("Format").stream().noneMatch(javafx.scene.control.MenuItem::isDisable))).isTrue();
    }

    @Test
    void aReviewerComparesRevisionsButCannotRestoreOne(FxRobot robot) {
        long id = ctx.articles().create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers")
                .withBody(Document.of(Block.Paragraph.of("First."))), ctx.now())).id();
        editor = EditorFx.showEditor(stage, ctx, id, e -> { });
        robot.clickOn("Revisions");
        EditorFx.waitUntil(() -> !robot.lookup("#revision-list").queryListView().getItems().isEmpty(), "the revision list");
        EditorFx.fx(() -> {
            robot.lookup("#revision-list").queryListView().getSelectionModel().select(0);
            return null;
        });
        var restore = robot.lookup("#restore-revision").queryButton();
        EditorFx.waitUntil(() -> !restore.isDisabled(), "the comparison, for an editor");
        RoleGate gate = new RoleGate(new SessionAccess("mei", SessionAccess.Level.REVIEWER), dialogs);
        EditorFx.fx(() -> {
            gate.whyNotArticles("edit or publish articles").ifPresent(editor::setReadOnly);
            return null;
        });
        assertThat(restore.isDisabled()).as("a reviewer may compare, not restore").isTrue();
        assertThat(EditorFx.fx(() -> editor.team().notices().text(TeamEditing.READ_ONLY))).contains("mei is a reviewer");
        assertThat(robot.lookup("#revision-diff").query().isVisible()).isTrue();
        EditorFx.fx(() -> {
            editor.setReadOnly(null);
            return null;
        });
        assertThat(restore.isDisabled()).isFalse();
    }

    /** The editor's menu of that name, its commands without separators. */
    private java.util.List<javafx.scene.control.MenuItem> items(String menu) {
        return editor.menus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow().getItems().stream()
                .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).toList();
    }
}
