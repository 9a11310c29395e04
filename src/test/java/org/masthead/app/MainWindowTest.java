package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleSummary;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.PublicationStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app on a real database file: list, search, new, trash, restore, and what it remembers. */
class MainWindowTest {

    @TempDir
    Path dir;

    Path db;
    MastheadApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void seed() {
        db = dir.resolve("desk.db");
        System.setProperty("masthead.configDir", dir.resolve("config").toString());
        try (Database d = Database.open(db)) {
            ArticleStore s = new ArticleStore(d);
            Instant t = Instant.parse("2026-05-01T08:00:00Z");
            s.create(Article.create(new ArticleContent("Rivers and the city", "", "", List.of(new Author("Li Wei", "Professor")),
                    "", List.of(), "", "en", Document.of(Block.Paragraph.of("The river floods every spring."))), t));
            s.create(Article.create(ArticleContent.EMPTY.withHeadline("Trade winds over the harbour"), t.plusSeconds(60)));
            s.create(Article.create(ArticleContent.EMPTY.withHeadline("Heat in the megacity"), t.plusSeconds(120)));
            new PublicationStore(d).putSetting(org.masthead.store.DemoPublication.OFFERED_SETTING, "true");
        }
    }

    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (MastheadApp) FxToolkit.setupApplication(MastheadApp.class, "--db", db.toString());
        waitFor(() -> app.window() != null && app.window().listView() != null && !list().getItems().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        System.clearProperty("masthead.configDir");
    }

    ListView<ArticleSummary> list() {
        return app.window().listView().list();
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void searchNewTrashAndRestoreFromTheList() throws Exception {
        launch();
        assertThat(list().getItems()).hasSize(3);
        robot.clickOn("#nav-articles");
        robot.clickOn("#article-search").write("flood");
        waitFor(() -> list().getItems().size() == 1);
        assertThat(list().getItems().get(0).headline()).isEqualTo("Rivers and the city");

        robot.interact(() -> robot.lookup("#article-search").queryAs(TextField.class).clear());
        waitFor(() -> list().getItems().size() == 3);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> list().getItems().size() == 4);

        robot.interact(() -> list().getSelectionModel().select(
                list().getItems().stream().filter(s -> s.headline().startsWith("Trade")).findFirst().orElseThrow()));
        robot.clickOn("#nav-home");
        robot.clickOn("#nav-articles");
        robot.interact(() -> app.window().list().moveToTrash(
                list().getItems().stream().filter(s -> s.headline().startsWith("Trade")).findFirst().orElseThrow().id()));
        waitFor(() -> list().getItems().size() == 3);
        assertThat(list().getItems()).noneMatch(s -> s.headline().startsWith("Trade"));

        robot.interact(() -> app.window().list().trashProperty().set(true));
        waitFor(() -> list().getItems().size() == 1);
        long trashed = list().getItems().get(0).id();
        robot.interact(() -> app.window().list().restoreFromTrash(trashed));
        waitFor(() -> list().getItems().isEmpty());
        robot.interact(() -> app.window().list().trashProperty().set(false));
        waitFor(() -> list().getItems().size() == 4);
    }

    @Test
    void theWindowRemembersItsSizeAndTheLastOpenArticle() throws Exception {
        launch();
        long id = list().getItems().stream().filter(s -> s.headline().startsWith("Heat")).findFirst().orElseThrow().id();
        robot.interact(() -> app.window().openArticle(id));
        Stage stage = (Stage) list().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1111);
            stage.setHeight(777);
        });
        waitFor(() -> app.lastArticleRemembered() == id);
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(Files.readString(dir.resolve("config/window.properties"))).contains("width=1111");

        launch();
        robot.interact(() -> app.window().showArticles());
        Stage again = (Stage) list().getScene().getWindow();
        assertThat(again.getWidth()).isEqualTo(1111);
        assertThat(again.getHeight()).isEqualTo(777);
        waitFor(() -> app.editorArticleId() == id);
    }

    @Test
    void theThemeToggleSwitchesToDarkAndIsRemembered() throws Exception {
        launch();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"));
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(Files.readString(dir.resolve("config/window.properties"))).contains("theme.dark=true");
        launch();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    void launchExpectingFailure() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (MastheadApp) FxToolkit.setupApplication(MastheadApp.class, "--db", db.toString());
    }

    String failureDialogText() throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithADialogAndLeftUnchanged() throws Exception {
        db = dir.resolve("notes.db");
        Files.writeString(db, "Tuesday: call the author about part 2.");
        launchExpectingFailure();
        assertThat(failureDialogText()).contains("not a Masthead database");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(Files.readString(db)).isEqualTo("Tuesday: call the author about part 2.");
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void aSecondMastheadOnTheSameDatabaseIsRefused() throws Exception {
        try (org.masthead.store.DatabaseLock held = org.masthead.store.DatabaseLock.acquire(db)) {
            launchExpectingFailure();
            assertThat(failureDialogText()).contains("already open");
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        }
    }

    @Test
    void ctrlShiftDeleteInTheTextMovesTheArticleToTheTrashAndLeavesItsWords() throws Exception {
        launch();
        long id = list().getItems().stream().filter(s -> s.headline().startsWith("Rivers")).findFirst().orElseThrow().id();
        robot.interact(() -> app.window().openArticle(id));
        waitFor(() -> app.editorArticleId() == id);
        robot.clickOn(".styled-text-area");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> list().getItems().stream().noneMatch(s -> s.id() == id));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Database d = Database.open(db)) {
            Article a = new ArticleStore(d).load(id);
            assertThat(a.isTrashed()).isTrue();
            assertThat(a.content().body()).isEqualTo(Document.of(Block.Paragraph.of("The river floods every spring.")));
        }
    }

    @Test
    void publicationSettingsAreEditedAndStored() throws Exception {
        launch();
        robot.interact(() -> app.window().editPublication());
        waitFor(() -> robot.lookup("#publication-name").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#publication-name").queryAs(TextField.class).setText("Meridian Opinion");
            robot.lookup("#publication-labels").queryAs(javafx.scene.control.TextArea.class).setText("Asia/Shanghai = BJT\nEurope/Paris = CET");
            // the other tabs' fields are in the dialog too
            robot.lookup("#site-section").queryAs(TextField.class).setText("Commentary");
            robot.lookup("#site-email").queryAs(TextField.class).setText("letters@example.org");
        });
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> "OK".equals(((javafx.scene.control.Button) b).getText()))
                .queryButton());
        waitFor(() -> {
            try (Database d = Database.open(db)) {
                return new PublicationStore(d).get().name().equals("Meridian Opinion");
            }
        });
        try (Database d = Database.open(db)) {
            assertThat(new PublicationStore(d).get().zoneLabels()).containsEntry("Europe/Paris", "CET");
            assertThat(new PublicationStore(d).site().sectionName()).isEqualTo("Commentary");
            assertThat(new PublicationStore(d).site().submissionEmail()).isEqualTo("letters@example.org");
        }
    }
}
