package org.masthead.ui.editor;

import static org.masthead.ui.editor.EditorFx.fx;
import static org.masthead.ui.editor.EditorFx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Revision;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ArticleEditorFxTest {

    private Stage stage;
    private Path dir;
    private Path dbFile;
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
    void openDatabase() throws IOException {
        dir = Files.createTempDirectory("masthead-editor-test");
        dbFile = dir.resolve("masthead.db");
        connect();
    }

    private void connect() {
        db = Database.open(dbFile);
        tasks = new FxTaskRunner();
        ctx = new AppContext(db, new ArticleStore(db), new ImageStore(db), new PublicationStore(db), new org.masthead.store.SeriesStore(db, new ArticleStore(db)), tasks, dialogs, Clock.systemUTC());
    }

    private void disconnect() {
        tasks.close();
        WaitForAsyncUtils.waitForFxEvents();
        db.close();
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (editor != null) fx(() -> { editor.close(); return null; });
        disconnect();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // --- helpers ---

    private long createArticle(ArticleContent content) {
        return ctx.articles().create(Article.create(content, ctx.now())).id();
    }

    private ArticleEditor showEditor(long id) {
        return EditorFx.showEditor(stage, ctx, id);
    }

    private Document current() {
        return fx(() -> editor.currentDocument());
    }

    private static Path png(Path dir) throws IOException {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) for (int y = 0; y < 6; y++) img.setRGB(x, y, 0xCC2222);
        Path p = dir.resolve("red.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all).release(all);
    }

    // --- tests ---

    @Test
    void thePreviewTabShowsTheWorkingCopyAsItsPageAndFollowsSaves(FxRobot robot) throws Exception {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Rivers under the pavement")
                .withBody(Document.of(Block.Paragraph.of("Cities buried their rivers."))));
        editor = showEditor(id);
        assertThat(fx(() -> editor.preview().isCreated())).isFalse(); // no WebView until the tab is shown
        robot.interact(() -> {
            javafx.scene.control.Tab tab = robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                    .flatMap(tp -> tp.getTabs().stream()).filter(t -> "preview-tab".equals(t.getId())).findFirst().orElseThrow();
            tab.getTabPane().getSelectionModel().select(tab);
        });
        waitUntil(() -> fx(() -> editor.preview().location()).endsWith("index.html"), "the preview to load");
        java.nio.file.Path page = java.nio.file.Path.of(java.net.URI.create(fx(() -> editor.preview().location())));
        assertThat(Files.readString(page)).contains("<h1").contains("Rivers under the pavement").contains("Cities buried their rivers.")
                .doesNotContain("<script");
        // an edit, saved, is in the preview
        robot.interact(() -> editor.area().appendText(" They are digging them up."));
        fx(() -> {
            editor.flush();
            return null;
        });
        waitUntil(() -> {
            try {
                return Files.readString(page).contains("They are digging them up.");
            } catch (java.io.IOException e) {
                return false;
            }
        }, "the preview to follow the save");
    }

    @Test
    void aSeriesPartShowsItsPlaceInTheSeriesAndWhenItsNoteNoLongerMatchesThePlan(FxRobot robot) {
        org.masthead.store.SeriesStore series = ctx.series();
        org.masthead.planning.Plan p = org.masthead.planning.Plan.of(series.create(org.masthead.model.Series.create("Rivers", "water",
                3, org.masthead.model.Cadence.WEEKLY_DEFAULT, ctx.now()), org.masthead.planning.Plan.placeholders(3)));
        Article draft = series.createDraft(p.parts().get(1).part().id(), org.masthead.planning.Drafts.fromPart(p, 1, ctx.now()));
        editor = showEditor(draft.id());
        javafx.scene.control.Label context = robot.lookup("#series-context").queryAs(javafx.scene.control.Label.class);
        assertThat(context.getText()).isEqualTo("Part 2 of 3 in the series “Rivers” · next: Part 3");
        assertThat(robot.lookup("#note-check").queryAs(javafx.scene.control.Label.class).isVisible()).isFalse();
        fx(() -> {
            editor.close();
            return null;
        });
        // a part is added in front: the draft is now part 3 of 4, and its note says otherwise
        org.masthead.planning.Plan now = org.masthead.planning.Plan.of(series.load(p.series().id()));
        series.savePlan(now.insert(0, org.masthead.model.SeriesPart.planned("Prelude")).stored(), java.util.List.of(), ctx.now());
        editor = showEditor(draft.id());
        assertThat(robot.lookup("#series-context").queryAs(javafx.scene.control.Label.class).getText()).startsWith("Part 3 of 4");
        javafx.scene.control.Label check = robot.lookup("#note-check").queryAs(javafx.scene.control.Label.class);
        assertThat(check.isVisible()).isTrue();
        assertThat(check.getText()).contains("the 3rd article in a 4-part series");
    }

    @Test
    void clickingAPreflightFindingJumpsToItsPlaceAndSavingRefreshesTheChecks(FxRobot robot) {
        String invitation = "Readers are invited to send opinion pieces of 800 to 1,200 words to opinion@example.org, "
                + "with a short line about themselves.";
        long id = createArticle(new ArticleContent("", "", "", List.of(new org.masthead.model.Author("Li Wen", "")), "Chen Yu",
                List.of(), "", "en", Document.of(Block.Paragraph.of(invitation), Block.Paragraph.of("A flood leaves pictures behind."),
                Block.Paragraph.of(invitation))));
        editor = showEditor(id);
        robot.clickOn("#checks-tab");
        javafx.scene.control.ListView<?> list = robot.lookup("#checks-list").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> fx(() -> list.getItems().size()) == 3, "the checks to run");
        java.util.function.Function<String, javafx.scene.Node> cell = prefix -> robot.lookup("#checks-list .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null && c.getText().startsWith(prefix)).query();

        // the paragraph printed twice: its block is selected in the text
        robot.clickOn(cell.apply("block 3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> editor.area().getCurrentParagraph())).isEqualTo(2);
        assertThat(fx(() -> editor.area().getSelectedText())).isEqualTo(invitation);
        assertThat(fx(() -> editor.area().isFocused())).isTrue();

        // the author without a title: the Article panel opens on the title field
        robot.clickOn("#checks-tab");
        robot.clickOn(cell.apply("byline[1]"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = fx(() -> stage.getScene().getFocusOwner());
        assertThat(focused).isInstanceOf(javafx.scene.control.TextField.class);
        assertThat(((javafx.scene.control.TextField) focused).getPromptText()).isEqualTo("Title and affiliation");

        // the missing headline: the headline field above the text
        robot.clickOn("#checks-tab");
        robot.clickOn(cell.apply("headline"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("headline-big");

        // typing the headline and saving refreshes the list
        robot.write("The rain that stays");
        shortcut(robot, KeyCode.S);
        waitUntil(() -> fx(() -> list.getItems().size()) == 2, "the checks to follow the save");
        assertThat(fx(() -> robot.lookup("#checks-summary").queryAs(javafx.scene.control.Label.class).getText()))
                .isEqualTo("1 error, 1 warning. An export refuses errors unless forced.");
    }

    @Test
    void typedTextBoldAndACaptionedPictureAreAutosavedAndShownAgainAfterReopening(FxRobot robot) throws Exception {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Autosave test"));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        robot.write("Hello brave world");
        shortcut(robot, KeyCode.SHIFT, KeyCode.LEFT);
        shortcut(robot, KeyCode.B);
        assertThat(current().blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(Run.plain("Hello brave "), Run.bold("world"))));

        dialogs.fileToOpen = png(dir);
        shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        waitUntil(() -> !current().figures().isEmpty(), "the picture to be inserted");
        robot.clickOn("#figure-caption").write("A small red square").type(KeyCode.ENTER);
        waitUntil(() -> current().figures().get(0).caption().equals("A small red square"), "the caption to reach the figure");

        Document shown = current();
        waitUntil(() -> ctx.articles().load(id).content().body().equals(shown), "the autosave to reach the database");
        assertThat(dialogs.errors).isEmpty();

        fx(() -> { editor.close(); stage.hide(); return null; });
        editor = null;
        disconnect();
        connect();
        editor = showEditor(id);
        Document reopened = current();
        assertThat(reopened).isEqualTo(shown);
        assertThat(reopened.blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(Run.plain("Hello brave "), Run.bold("world"))));
        assertThat(reopened.figures()).singleElement().satisfies(f -> {
            assertThat(f.caption()).isEqualTo("A small red square");
            assertThat(ctx.images().info(f.assetId())).isPresent();
        });
    }

    @Test
    void choosingOrDroppingAFileThatIsNoPictureShowsAnErrorAndChangesNothing(FxRobot robot) throws Exception {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("Untouched"))));
        editor = showEditor(id);
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "just some notes");
        dialogs.fileToOpen = txt;
        robot.clickOn(editor.area());
        shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        waitUntil(() -> dialogs.errors.size() == 1, "the error message");
        assertThat(dialogs.errors.get(0)).isEqualTo("notes.txt is not a picture Masthead can use (PNG, JPEG, GIF or BMP)");

        fx(() -> { editor.importer().insertDropped(List.of(txt.toFile())); return null; });
        waitUntil(() -> dialogs.errors.size() == 2, "the error for the dropped file");
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("Untouched")));
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
        assertThat(ctx.images().count()).isZero();
    }

    @Test
    void ctrlSClearsTheDirtyMarker(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY);
        editor = showEditor(id);
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
        robot.clickOn(editor.area()).write("Dirty now");
        assertThat(fx(() -> editor.dirtyProperty().get())).isTrue();
        shortcut(robot, KeyCode.S);
        waitUntil(() -> !fx(() -> editor.dirtyProperty().get()), "the dirty marker to clear");
        assertThat(ctx.articles().load(id).content().body()).isEqualTo(Document.of(Block.Paragraph.of("Dirty now")));
    }

    /** Opens "Rivers" in the editor, lets another client save its own version, types "Mine" and saves: the conflict dialog. */
    private Article loseARace(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Rivers").withBody(Document.of(Block.Paragraph.of("Both had this."))));
        editor = showEditor(id);
        // someone else (another client of a team database) saves the same article meanwhile
        Article base = ctx.articles().load(id);
        Article theirs = ctx.articles().save(base.withContent(base.content().withHeadline("Rivers, theirs")
                .withBody(Document.of(Block.Paragraph.of("Both had this."), Block.Paragraph.of("Their paragraph."))), ctx.now()),
                ArticleStore.SaveKind.EXPLICIT);
        robot.interact(() -> editor.area().appendText(" Mine."));
        shortcut(robot, KeyCode.S);
        waitUntil(() -> robot.lookup("#conflict-keep-mine").tryQuery().isPresent(), "the conflict dialog");
        assertThat(dialogs.errors).isEmpty();
        assertThat(ctx.articles().load(id)).as("nothing written over theirs").isEqualTo(theirs);
        assertThat(fx(() -> editor.dirtyProperty().get())).as("the text stays, unsaved").isTrue();
        // the dialog shows both versions and marks what differs
        var marked = robot.lookup(".conflict-changed").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertThat(marked).contains("Rivers", "Rivers, theirs", "Both had this. Mine.", "Both had this.");
        assertThat(robot.lookup(".conflict-only-theirs").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText)).contains("Their paragraph.");
        return theirs;
    }

    @Test
    void aRefusedSaveWhoseTextIsAlreadyStoredIsTakenAsSaved(FxRobot robot) {
        // as when an earlier try committed just as the connection broke: the retry finds its own text stored
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Rivers").withBody(Document.of(Block.Paragraph.of("Both."))));
        editor = showEditor(id);
        robot.interact(() -> editor.area().appendText(" Mine."));
        Article base = ctx.articles().load(id);
        Article stored = ctx.articles().save(base.withContent(base.content().withBody(Document.of(Block.Paragraph.of("Both. Mine."))), ctx.now()),
                ArticleStore.SaveKind.EXPLICIT);
        fx(() -> {
            editor.flush();
            return null;
        });
        waitUntil(() -> fx(() -> !editor.dirtyProperty().get()), "the editor to count it saved");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflict-keep-mine").tryQuery()).as("no dialog").isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(ctx.articles().load(id)).isEqualTo(stored);
    }

    @Test
    void aLostRaceKeepMineSavesMyTextOnTopOfTheirs(FxRobot robot) {
        Article theirs = loseARace(robot);
        robot.clickOn("#conflict-keep-mine");
        waitUntil(() -> ctx.articles().load(theirs.id()).version() == theirs.version() + 1, "my save on top of theirs");
        Article stored = ctx.articles().load(theirs.id());
        assertThat(stored.headline()).isEqualTo("Rivers");
        assertThat(stored.content().body()).isEqualTo(Document.of(Block.Paragraph.of("Both had this. Mine.")));
        waitUntil(() -> fx(() -> !editor.dirtyProperty().get()), "the editor to be saved");
    }

    @Test
    void aLostRaceTakeTheirsLoadsTheirsAndKeepsMineBeside(FxRobot robot) {
        Article theirs = loseARace(robot);
        robot.clickOn("#conflict-take-theirs");
        waitUntil(() -> fx(() -> editor.team().conflicts().otherVersionText() != null), "mine beside the editor");
        assertThat(current()).isEqualTo(theirs.content().body());
        assertThat(fx(() -> editor.meta().headlineProperty().get())).isEqualTo("Rivers, theirs");
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
        assertThat(fx(() -> editor.team().conflicts().otherVersionText())).contains("Both had this. Mine.");
        // a later edit saves on top of theirs, without a conflict
        robot.interact(() -> editor.area().appendText(" More."));
        fx(() -> { editor.flush(); return null; });
        waitUntil(() -> ctx.articles().load(theirs.id()).version() == theirs.version() + 1, "the next save");
        assertThat(ctx.articles().load(theirs.id()).headline()).isEqualTo("Rivers, theirs");
    }

    @Test
    void aLostRaceMergeByHandShowsTheirsAndWaitsForAnExplicitSave(FxRobot robot) {
        Article theirs = loseARace(robot);
        robot.clickOn("#conflict-merge");
        waitUntil(() -> fx(() -> editor.team().conflicts().otherVersionText() != null), "theirs beside the editor");
        assertThat(fx(() -> editor.team().conflicts().otherVersionText())).contains("Rivers, theirs").contains("Their paragraph.");
        assertThat(fx(() -> editor.team().notices().text(ConflictResolver.MERGE_NOTICE))).contains("Merging by hand");
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("Both had this. Mine.")));
        // the user takes their paragraph over by hand; an autosave meanwhile writes nothing
        robot.interact(() -> editor.area().appendText("\nTheir paragraph."));
        fx(() -> { editor.autosaveNow(); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.articles().load(theirs.id()).version()).isEqualTo(theirs.version());
        fx(() -> { editor.flush(); return null; });
        waitUntil(() -> ctx.articles().load(theirs.id()).version() == theirs.version() + 1, "the merged save");
        assertThat(ctx.articles().load(theirs.id()).content().body())
                .isEqualTo(Document.of(Block.Paragraph.of("Both had this. Mine."), Block.Paragraph.of("Their paragraph.")));
        waitUntil(() -> fx(() -> editor.team().notices().text(ConflictResolver.MERGE_NOTICE) == null), "the merge notice to go");
    }

    @Test
    void textKeptInARecoveryFileIsOfferedWhenTheArticleOpensAndCanBePutBack(FxRobot robot) throws Exception {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Rivers").withBody(Document.of(Block.Paragraph.of("Stored."))));
        Path folder = dir.resolve("recovery");
        org.masthead.store.RecoveryFiles files = new org.masthead.store.RecoveryFiles(folder, db.location());
        Article a = ctx.articles().load(id);
        files.write(a.withContent(a.content().withHeadline("Rivers, kept").withBody(Document.of(Block.Paragraph.of("Never reached the server."))),
                ctx.now()), ctx.now());
        editor = EditorFx.showEditor(stage, ctx, id, ed -> ed.setRecoveryFolder(folder));
        waitUntil(() -> fx(() -> editor.team().notices().text(TeamEditing.RECOVERED)) != null, "the offer");
        assertThat(fx(() -> editor.team().notices().text(TeamEditing.RECOVERED))).contains(files.fileOf(id).toString());
        assertThat(current()).as("nothing changes until the user asks").isEqualTo(Document.of(Block.Paragraph.of("Stored.")));
        robot.clickOn("#recovered-restore");
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("Never reached the server.")));
        assertThat(fx(() -> editor.meta().headlineProperty().get())).isEqualTo("Rivers, kept");
        fx(() -> {
            editor.flush();
            return null;
        });
        waitUntil(() -> ctx.articles().load(id).headline().equals("Rivers, kept"), "the recovered text saved");
        waitUntil(() -> !Files.exists(files.fileOf(id)), "the recovery file to go once saved");
    }

    @Test
    void aRecoveryFileCanBeDiscarded(FxRobot robot) throws Exception {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Rivers"));
        Path folder = dir.resolve("recovery");
        org.masthead.store.RecoveryFiles files = new org.masthead.store.RecoveryFiles(folder, db.location());
        Article a = ctx.articles().load(id);
        files.write(a.withContent(a.content().withHeadline("Rivers, kept"), ctx.now()), ctx.now());
        editor = EditorFx.showEditor(stage, ctx, id, ed -> ed.setRecoveryFolder(folder));
        waitUntil(() -> fx(() -> editor.team().notices().text(TeamEditing.RECOVERED)) != null, "the offer");
        robot.clickOn("#recovered-discard");
        waitUntil(() -> !Files.exists(files.fileOf(id)), "the file to go");
        assertThat(fx(() -> editor.team().notices().text(TeamEditing.RECOVERED))).isNull();
        assertThat(ctx.articles().load(id).headline()).isEqualTo("Rivers");
    }

    @Test
    void undoAfterRestoringARevisionBringsBackThePreviousText(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Restore test"));
        editor = showEditor(id);
        robot.clickOn(editor.area()).write("First version");
        shortcut(robot, KeyCode.S);
        waitUntil(() -> !fx(() -> editor.dirtyProperty().get()), "the first save");
        robot.write(" and more");
        fx(() -> {
            robot.lookup("#headline-big").queryAs(javafx.scene.control.TextField.class).setText("Restore test, revised");
            return null;
        });
        shortcut(robot, KeyCode.S);
        waitUntil(() -> !fx(() -> editor.dirtyProperty().get()), "the second save");

        Revision first = ctx.articles().revisions(id).stream()
                .filter(r -> ctx.articles().revisionContent(r.id()).body().equals(Document.of(Block.Paragraph.of("First version"))))
                .findFirst().orElseThrow();
        robot.clickOn("Revisions");
        waitUntil(() -> robot.lookup("#revision-list").queryListView().getItems().size() >= 3, "the revision list");
        fx(() -> {
            var list = robot.lookup("#revision-list").<Revision>queryListView();
            list.getSelectionModel().select(list.getItems().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow());
            return null;
        });
        waitUntil(() -> !robot.lookup("#restore-revision").queryButton().isDisabled(), "the comparison");
        robot.clickOn("#restore-revision");
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("First version")));

        robot.clickOn(editor.area());
        assertThat(fx(() -> editor.area().getUndoManager().isUndoAvailable())).isTrue();
        assertThat(robot.lookup("#headline-big").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Restore test");
        shortcut(robot, KeyCode.Z);
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("First version and more")));
        // The details come back with the text.
        assertThat(robot.lookup("#headline-big").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Restore test, revised");
    }

    @Test
    void replaceAllIsOneUndoableEdit(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("a cat and a Cat"), Block.Paragraph.of("cat"))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        shortcut(robot, KeyCode.H);
        robot.clickOn("#find-field").write("cat");
        robot.clickOn("#replace-field").write("dog");
        robot.clickOn("#replace-all");
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("a dog and a dog"), Block.Paragraph.of("dog")));
        fx(() -> { editor.area().undo(); return null; });
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("a cat and a Cat"), Block.Paragraph.of("cat")));
    }

    @Test
    void pastedHtmlBecomesBlocksAndPlainTextLinesBecomeParagraphs(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY);
        editor = showEditor(id);
        robot.clickOn(editor.area());
        fx(() -> {
            var c = new javafx.scene.input.ClipboardContent();
            c.putHtml("<html><body><h2 style=\"color:red\">Head</h2><p>One <b>bold</b> <a href=\"https://example.org/\">link</a>"
                    + "<img src=\"x.png\"></p><script>alert(1)</script><ul><li>item</li></ul><p>Two</p></body></html>");
            c.putString("Head One bold link item Two");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        shortcut(robot, KeyCode.V);
        assertThat(current()).isEqualTo(Document.of(Block.Heading.of(1, "Head"),
                new Block.Paragraph(List.of(Run.plain("One "), Run.bold("bold"), Run.plain(" "), Run.link("link", "https://example.org/"))),
                Block.ListItem.of(false, "item"), Block.Paragraph.of("Two")));
        fx(() -> {
            editor.area().clear();
            return null;
        });
        fx(() -> {
            var c = new javafx.scene.input.ClipboardContent();
            c.putHtml("<p>One</p><p>Two</p>");
            c.putString("One Two");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        shortcut(robot, KeyCode.V);
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("One"), Block.Paragraph.of("Two")));
        fx(() -> {
            var c = new javafx.scene.input.ClipboardContent();
            c.putString("\nthree\r\nfour");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        shortcut(robot, KeyCode.V);
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("One"), Block.Paragraph.of("Two"),
                Block.Paragraph.of("three"), Block.Paragraph.of("four")));
    }

    @Test
    void tabAndShiftTabChangeTheListLevel(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.ListItem.of(false, "item"))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(current().blocks().get(0)).isEqualTo(new Block.ListItem(false, 3, List.of(Run.plain("item"))));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(current().blocks().get(0)).isEqualTo(new Block.ListItem(false, 2, List.of(Run.plain("item"))));
    }

    @Test
    void thePublishButtonPublishesTheTextAsItStands(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("To publish"));
        editor = showEditor(id);
        robot.clickOn(editor.area()).write("Published words");
        robot.clickOn("Publish");
        waitUntil(() -> ctx.articles().load(id).status() == org.masthead.model.ArticleStatus.PUBLISHED, "publication");
        Article a = ctx.articles().load(id);
        assertThat(a.published().body()).isEqualTo(Document.of(Block.Paragraph.of("Published words")));
        assertThat(ctx.articles().revisions(id).get(0).published()).isTrue();
        waitUntil(() -> !fx(() -> editor.dirtyProperty().get()), "the dirty marker to clear");
        assertThat(robot.lookup("#status-label").queryLabeled().getText()).isEqualTo("Published");
    }

    @Test
    void ctrlKLinksTheSelectionAndTheNoteCommandAnchorsAFootnote(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("see this source"))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        fx(() -> { editor.area().selectRange(4, 8); return null; });
        dialogs.answers.add("https://example.org/report");
        shortcut(robot, KeyCode.K);
        fx(() -> { editor.area().selectRange(9, 15); return null; });
        dialogs.answers.add("Published in 2015.");
        shortcut(robot, KeyCode.ALT, KeyCode.N);
        assertThat(current().blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(Run.plain("see "),
                Run.link("this", "https://example.org/report"), Run.plain(" "),
                new Run("source", org.masthead.model.text.Marks.NONE.withNote("Published in 2015.")))));
        fx(() -> { editor.area().selectRange(4, 8); return null; });
        dialogs.answers.add("");
        shortcut(robot, KeyCode.K);
        assertThat(current().blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(Run.plain("see this "),
                new Run("source", org.masthead.model.text.Marks.NONE.withNote("Published in 2015.")))));
    }

    @Test
    void anArabicParagraphIsLaidOutRightToLeftAndUprightBesideAnEnglishOne(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Two deltas").withBody(Document.of(
                Block.Paragraph.of("Residents of Giza told us about the summers."),
                Block.Quote.of("كنا نشتري الماء من الشاحنات في الصيف."))));
        editor = showEditor(id);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.scene.text.TextFlow> flows = fx(() -> robot.lookup(".paragraph-text")
                .queryAllAs(javafx.scene.text.TextFlow.class).stream()
                .sorted(Comparator.comparingDouble(f -> f.localToScene(0, 0).getY())).toList());
        assertThat(flows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(flows.get(0).getNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        assertThat(flows.get(1).getNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        assertThat(flows.get(1).getStyleClass()).contains("rtl");
        assertThat(flows.get(1).getChildren()).filteredOn(javafx.scene.text.Text.class::isInstance)
                .anySatisfy(t -> assertThat(t.getStyleClass()).contains("upright"));
        // One Text node per word, so JavaFX wraps between nodes (it garbles a wrapped Arabic run).
        assertThat(flows.get(1).getChildren()).filteredOn(javafx.scene.text.Text.class::isInstance).hasSize(7);

        fx(() -> { // typed one character at a time, as the keyboard does
            for (char ch : " الآن تصل المياه".toCharArray()) editor.area().insertText(editor.area().getLength(), String.valueOf(ch));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current().blocks().get(1)).isEqualTo(Block.Quote.of("كنا نشتري الماء من الشاحنات في الصيف. الآن تصل المياه"));
        assertThat(fx(() -> editor.area().getParagraph(1).getSegments().size())).isEqualTo(10);
    }

    @Test
    void findSaysWhichMatchOfHowManyIsSelected(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Rivers").withBody(Document.of(
                Block.Paragraph.of("A river, another River, and a third river."))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        shortcut(robot, KeyCode.F);
        robot.write("river");
        waitUntil(() -> "1 of 3".equals(fx(() -> robot.lookup("#find-result").queryAs(javafx.scene.control.Label.class).getText())),
                "search as you type");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-result").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("2 of 3");
        assertThat(fx(() -> editor.area().getSelectedText())).isEqualTo("River");
    }

    @Test
    void aPictureOnTheClipboardIsPastedAsAStoredFigure(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("Before the picture."))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        fx(() -> {
            javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(12, 9);
            for (int x = 0; x < 12; x++) for (int y = 0; y < 9; y++) img.getPixelWriter().setArgb(x, y, 0xFF2266AA);
            var c = new javafx.scene.input.ClipboardContent();
            c.putImage(img);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        shortcut(robot, KeyCode.V);
        waitUntil(() -> !current().figures().isEmpty(), "the pasted picture");
        String asset = current().figures().get(0).assetId();
        assertThat(ctx.images().info(asset)).hasValueSatisfying(a -> {
            assertThat(a.width()).isEqualTo(12);
            assertThat(a.height()).isEqualTo(9);
        });
    }

    @Test
    void anOpenArticlePublishedOnScheduleStaysPublishedAndWhatIsTypedAfterwardsIsAPendingUpdate(FxRobot robot) {
        java.time.Instant slot = ctx.now().minusSeconds(60);
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Monsoon").withBody(Document.of(Block.Paragraph.of("First words."))));
        Article a = ctx.articles().load(id);
        ctx.articles().save(new Article(id, org.masthead.model.ArticleStatus.SCHEDULED, a.content(), null, null, slot, null, null,
                List.of(), "", a.createdAt(), a.modifiedAt(), null, a.version()), ArticleStore.SaveKind.EXPLICIT);
        editor = showEditor(id);
        var publisher = new org.masthead.planning.ScheduledPublisher(ctx.articles(), new org.masthead.store.SeriesStore(db, ctx.articles()),
                ctx.publication());
        // What the app's timer does, with an edit typed before and one after the publication in one go,
        // so the second autosave is queued after the publication and before the editor hears of it.
        fx(() -> {
            editor.area().appendText(" Typed before.");
            editor.flush();
            tasks.run("publish due", () -> {
                var r = publisher.publishDue(ctx.now());
                r.published().forEach(editor::storedElsewhere);
                return r;
            }, r -> r.published().forEach(p -> editor.reloadIfOpen(p.id())), e -> { });
            editor.area().appendText(" Typed after.");
            editor.autosaveNow();
            return null;
        });
        waitUntil(() -> fx(() -> editor.articleProperty().get().status() == org.masthead.model.ArticleStatus.PUBLISHED
                && !editor.dirtyProperty().get()), "the editor to show the publication");
        Article stored = ctx.articles().load(id);
        assertThat(stored.status()).isEqualTo(org.masthead.model.ArticleStatus.PUBLISHED);
        assertThat(stored.firstPublished().instant()).isEqualTo(slot);
        assertThat(stored.published().body()).isEqualTo(Document.of(Block.Paragraph.of("First words. Typed before.")));
        assertThat(stored.content().body()).isEqualTo(Document.of(Block.Paragraph.of("First words. Typed before. Typed after.")));
        assertThat(stored.hasPendingUpdate()).isTrue();
        assertThat(current()).isEqualTo(stored.content().body());
        assertThat(robot.lookup("#status-label").queryLabeled().getText()).isEqualTo("Published · update pending");
    }

    @Test
    void aPendingUpdateGoesLiveOnlyWithTheCorrectionNoteAndWithdrawalLeavesANotice(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Tariffs").withBody(Document.of(Block.Paragraph.of("Duties rose."))));
        ctx.articles().save(ctx.articles().load(id).publish(ctx.now(), java.time.ZoneId.of("Asia/Shanghai")),
                org.masthead.store.ArticleStore.SaveKind.PUBLISH);
        editor = showEditor(id);
        robot.clickOn(editor.area());
        robot.type(KeyCode.END).write(" Twice.");
        shortcut(robot, KeyCode.S);
        waitUntil(() -> ctx.articles().load(id).hasPendingUpdate(), "the pending update");
        assertThat(ctx.articles().load(id).published().body()).isEqualTo(Document.of(Block.Paragraph.of("Duties rose.")));

        dialogs.answers.add("An earlier version gave the wrong year.");
        robot.clickOn("Publish update with correction note...");
        waitUntil(() -> !ctx.articles().load(id).hasPendingUpdate(), "the update to go live");
        Article live = ctx.articles().load(id);
        assertThat(live.published().body()).isEqualTo(Document.of(Block.Paragraph.of("Duties rose. Twice.")));
        assertThat(live.corrections()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("An earlier version gave the wrong year."));

        dialogs.answers.add("Withdrawn: the figures could not be verified.");
        robot.clickOn("Withdraw...");
        waitUntil(() -> ctx.articles().load(id).status() == org.masthead.model.ArticleStatus.WITHDRAWN, "the withdrawal");
        assertThat(ctx.articles().load(id).withdrawalNotice()).isEqualTo("Withdrawn: the figures could not be verified.");
    }

    @Test
    void undoAfterTypingArabicDigitsAndPunctuationRestoresTheText() {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("x"))));
        editor = showEditor(id);
        fx(() -> {
            editor.area().moveTo(1);
            for (char ch : " العدد، 2024 نشتري".toCharArray()) editor.area().insertText(editor.area().getCaretPosition(), String.valueOf(ch));
            return null;
        });
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("x العدد، 2024 نشتري")));
        fx(() -> {
            while (editor.area().getUndoManager().isUndoAvailable()) editor.area().undo();
            return null;
        });
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("x")));
        fx(() -> {
            while (editor.area().getUndoManager().isRedoAvailable()) editor.area().redo();
            return null;
        });
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("x العدد، 2024 نشتري")));
        fx(() -> {
            editor.area().replaceText(0, editor.area().getLength(), "كنا نشتري الماء من الشاحنات");
            return null;
        });
        assertThat(fx(() -> editor.area().getParagraph(0).getSegments().size())).isEqualTo(5);
        fx(() -> {
            editor.area().undo();
            return null;
        });
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("x العدد، 2024 نشتري")));
    }

    @Test
    void ctrlBBetweenWordsSwitchesBoldForWhatIsTypedNextAndOffAgain(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of(""))));
        editor = showEditor(id);
        robot.clickOn(editor.area()).write("plain ");
        shortcut(robot, KeyCode.B);
        robot.write("bold");
        shortcut(robot, KeyCode.B);
        robot.write(" again");
        assertThat(current()).isEqualTo(Document.of(new Block.Paragraph(List.of(Run.plain("plain "), Run.bold("bold"),
                Run.plain(" again")))));
    }

    @Test
    void replaceAllKeepsTheFormattingOfWhatItReplaces(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(new Block.Paragraph(List.of(
                Run.plain("one part, "), Run.bold("part"), Run.plain(" and more"))))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        shortcut(robot, KeyCode.H);
        robot.write("part");
        robot.clickOn("#replace-field").write("PIECE");
        robot.clickOn("#replace-all");
        assertThat(current()).isEqualTo(Document.of(new Block.Paragraph(List.of(
                Run.plain("one PIECE, "), Run.bold("PIECE"), Run.plain(" and more")))));
    }

    @Test
    void enterOnAnEmptyListItemEndsTheList(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.ListItem.of(true, "first"))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        robot.type(KeyCode.END).type(KeyCode.ENTER).type(KeyCode.ENTER).write("after");
        assertThat(current()).isEqualTo(Document.of(Block.ListItem.of(true, "first"), Block.Paragraph.of("after")));
    }

    @Test
    void findSelectsTheFirstMatchWhileTyping(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("Tariffs rose; the tariff board met."))));
        editor = showEditor(id);
        robot.clickOn(editor.area());
        fx(() -> {
            editor.area().moveTo(0);
            return null;
        });
        shortcut(robot, KeyCode.F);
        robot.write("tariff");
        waitUntil(() -> "Tariff".equals(fx(() -> editor.area().getSelectedText())), "the first match to be selected");
        assertThat(robot.lookup("#find-result").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("1 of 2");
    }

    @Test
    void anEmbargoDateTypedAsIsoIsKeptAndSaved(FxRobot robot) {
        long id = createArticle(ArticleContent.EMPTY.withHeadline("Embargoed"));
        editor = showEditor(id);
        javafx.scene.control.DatePicker date = robot.lookup("#embargo-date").queryAs(javafx.scene.control.DatePicker.class);
        // What the date picker does with typed text on Enter or leaving the field: its converter reads it.
        fx(() -> {
            date.getEditor().setText("2026-12-01");
            date.setValue(date.getConverter().fromString(date.getEditor().getText()));
            robot.lookup("#embargo-time").queryAs(javafx.scene.control.TextField.class).setText("09:00");
            return null;
        });
        assertThat(date.getValue()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        robot.clickOn(editor.area());
        shortcut(robot, KeyCode.S);
        waitUntil(() -> java.time.Instant.parse("2026-12-01T01:00:00Z").equals(ctx.articles().load(id).embargo()), "the embargo to be saved");
    }

    @Test
    void backspaceNextToAPictureRemovesItWholeAndUndoBringsItBack(FxRobot robot) throws IOException {
        String asset = ctx.images().put(Files.readAllBytes(png(dir))).sha256();
        Block.Figure fig = new Block.Figure(asset, "Caption", "Credit", "Alt");
        Document withPicture = Document.of(Block.Paragraph.of("Before pic."), fig, Block.Paragraph.of("After pic."));
        long id = createArticle(ArticleContent.EMPTY.withBody(withPicture));
        editor = showEditor(id);
        fx(() -> {
            editor.area().moveTo(2, 0);
            editor.area().requestFocus();
            return null;
        });
        robot.type(KeyCode.BACK_SPACE);
        assertThat(current()).as("no words pulled onto the picture's line").isEqualTo(withPicture);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("Before pic."), Block.Paragraph.of("After pic.")));
        shortcut(robot, KeyCode.Z);
        assertThat(current()).isEqualTo(withPicture);
        shortcut(robot, KeyCode.Y);
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("Before pic."), Block.Paragraph.of("After pic.")));
        shortcut(robot, KeyCode.Z);
        fx(() -> {
            editor.area().moveTo(editor.area().getLength());
            return null;
        });
        robot.write(" More."); // the editor still takes typing after all that
        assertThat(current()).isEqualTo(Document.of(Block.Paragraph.of("Before pic."), fig, Block.Paragraph.of("After pic. More.")));
    }
}
