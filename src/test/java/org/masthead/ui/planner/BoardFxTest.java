package org.masthead.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.Author;
import org.masthead.model.Cadence;
import org.masthead.model.PlanPart;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.ui.editor.ArticleEditor;
import org.masthead.ui.editor.FakeDialogs;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The series board and list with the robot, on a real database file: reorder, create a draft, the series dialog. */
@ExtendWith(ApplicationExtension.class)
class BoardFxTest {

    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");

    private Stage stage;
    private TestDesk desk;
    private AppContext ctx;
    private final FakeDialogs dialogs = new FakeDialogs();
    private PlannerModel model;
    private ArticleEditor editor;
    private Stage editorStage;
    private long seriesId;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage s) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = s;
    }

    @BeforeEach
    void open() throws IOException {
        desk = new TestDesk(dialogs, Clock.fixed(NOW, ZoneOffset.UTC));
        ctx = desk.ctx;
        Cadence weekly = Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), ZoneId.of("Asia/Shanghai"));
        List<SeriesPart> parts = List.of(SeriesPart.planned("Rivers").withPosition(1),
                SeriesPart.planned("Harbours").withAuthor("Ana Lima and Wei Chen").withPosition(2),
                SeriesPart.planned("Rain").withPosition(3), SeriesPart.planned("Wells").withPosition(4));
        seriesId = ctx.series().create(Series.create("Cities and water", "urban water", 4, weekly, NOW), parts).series().id();
    }

    @AfterEach
    void close() throws IOException {
        if (editor != null) fx(() -> {
            editor.close();
            editorStage.hide();
            return null;
        });
        desk.close();
    }

    private void showPlanner() {
        fx(() -> {
            model = new PlannerModel(ctx);
            editor = new ArticleEditor(ctx);
            model.setArticleOpener(editor::open);
            PlannerScreen screen = new PlannerScreen(model);
            // The editor in a window of its own, as wide as it likes, out of the board's way.
            editorStage = new Stage();
            editorStage.setScene(new Scene((javafx.scene.Parent) editor.view(), 900, 600));
            editorStage.show();
            Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1260, 780);
            scene.getStylesheets().add(getClass().getResource("/org/masthead/ui/masthead.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            model.reload();
            return null;
        });
        waitUntil(() -> robot.lookup("#card-3").tryQuery().isPresent(), "the board's four cards");
    }

    private String text(String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private List<String> storedTitles() {
        return ctx.series().load(seriesId).parts().stream().map(PlanPart::title).toList();
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void waitUntil(BooleanSupplier cond, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return cond.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; errors shown: " + dialogs.errors, e);
        }
    }

    @Test
    void draggingTheSecondCardOntoTheFirstSwapsThemAndTheNumbersFollow() {
        showPlanner();
        assertThat(text("#card-number-0")).isEqualTo("Part 1 of 4");
        assertThat(text("#card-title-0")).isEqualTo("Rivers");
        Node second = robot.lookup("#card-title-1").query();
        Node first = robot.lookup("#card-title-0").query();
        robot.drag(second).dropTo(first);
        waitUntil(() -> storedTitles().equals(List.of("Harbours", "Rivers", "Rain", "Wells")), "the new order in the store");
        waitUntil(() -> text("#card-title-0").equals("Harbours"), "the board to follow");
        assertThat(text("#card-number-0")).isEqualTo("Part 1 of 4");
        assertThat(text("#card-title-1")).isEqualTo("Rivers");
        assertThat(text("#card-number-1")).isEqualTo("Part 2 of 4");
        assertThat(ctx.series().load(seriesId).parts().get(0).part().position()).isEqualTo(1);
    }

    @Test
    void altRightMovesTheFocusedCardAndDeleteDropsIt() {
        showPlanner();
        robot.clickOn("#card-title-0");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> storedTitles().equals(List.of("Harbours", "Rivers", "Rain", "Wells")), "Rivers one place to the right");
        waitUntil(() -> text("#card-title-1").equals("Rivers") && fx(() -> robot.lookup("#card-1").query().isFocused()),
                "the moved card to keep the focus");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> text("#card-number-1").equals("Dropped"), "Rivers dropped");
        assertThat(text("#card-number-2")).isEqualTo("Part 2 of 3");
        assertThat(ctx.series().load(seriesId).parts().get(1).part().isDropped()).isTrue();
    }

    @Test
    void createDraftOpensTheEditorWithTheHeadlineBylineAndNoteFromThePlan() {
        showPlanner();
        robot.clickOn("#card-draft-1");
        waitUntil(() -> fx(() -> editor.articleProperty().get() != null), "the editor to open the draft");
        Article a = fx(() -> editor.articleProperty().get());
        assertThat(a.content().headline()).isEqualTo("Harbours");
        assertThat(a.content().byline()).extracting(Author::name).containsExactly("Ana Lima", "Wei Chen");
        assertThat(a.content().editorsNote()).isEqualTo("Editor's note: This is the 2nd article in a 4-part series on urban water.");
        assertThat(fx(() -> robot.lookup("#headline-field").queryAs(TextField.class).getText())).isEqualTo("Harbours");
        SeriesWithParts stored = ctx.series().load(seriesId);
        assertThat(stored.parts().get(1).part().articleId()).isEqualTo(a.id());
        waitUntil(() -> robot.lookup("#card-open-1").tryQuery().isPresent(), "the card to offer Open article");
        assertThat(robot.lookup("#card-draft-0").tryQuery()).isPresent();
    }

    @Test
    void theSeriesDialogRefusesABadTimeAndZoneWithAMessageAndSavesNothing() {
        showPlanner();
        robot.clickOn("#series-new");
        waitUntil(() -> robot.lookup("#series-dialog").tryQuery().isPresent(), "the series dialog");
        robot.clickOn("#series-title").write("Heat");
        robot.clickOn("#series-topic").write("heat waves");
        assertThat(fx(() -> robot.lookup("#series-note-preview").queryAs(Label.class).getText()))
                .isEqualTo("Editor's note: This is the 2nd article in a 4-part series on heat waves.");
        robot.interact(() -> robot.lookup("#series-time").queryAs(TextField.class).setText("25:99"));
        Button ok = robot.lookup("#series-dialog .button").match(b -> "OK".equals(((Button) b).getText())).queryButton();
        robot.clickOn(ok);
        assertThat(text("#series-dialog-message")).contains("\u201c25:99\u201d is not a time of day");
        robot.interact(() -> {
            robot.lookup("#series-time").queryAs(TextField.class).setText("15:40");
            robot.lookup("#series-zone").queryAs(ComboBox.class).getEditor().setText("Mars/Olympus");
        });
        robot.clickOn(ok);
        assertThat(text("#series-dialog-message")).contains("\u201cMars/Olympus\u201d is not a time zone");
        assertThat(robot.lookup("#series-dialog").tryQuery()).isPresent();
        assertThat(ctx.series().count()).isEqualTo(1);

        robot.interact(() -> {
            robot.lookup("#series-zone").queryAs(ComboBox.class).getEditor().setText("Europe/Paris");
            robot.lookup("#series-template").queryAs(TextArea.class).setText("Part {part} of {count:article} on {topic}.");
        });
        assertThat(text("#series-dialog-message")).isEmpty();
        assertThat(text("#series-note-preview")).isEqualTo("Part 2 of 4 articles on heat waves.");
        robot.clickOn(ok);
        waitUntil(() -> ctx.series().count() == 2, "the new series in the store");
        Series heat = ctx.series().listSeries().stream().filter(s -> s.title().equals("Heat")).findFirst().orElseThrow();
        assertThat(heat.cadence().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(ctx.series().load(heat.id()).parts()).hasSize(4);
        waitUntil(() -> text("#board-title").equals("Heat"), "the new series selected on the board");
    }
}
