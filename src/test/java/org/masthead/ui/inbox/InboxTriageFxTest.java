package org.masthead.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Person;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.SubmissionStore;
import org.masthead.ui.editor.FakeDialogs;
import org.masthead.ui.shell.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard triage and search in the inbox with the robot, on a real database file. */
@ExtendWith(ApplicationExtension.class)
class InboxTriageFxTest {

    private Stage stage;
    private TestDesk desk;
    private SubmissionStore store;
    private InboxScreen screen;
    private List<Long> ids;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage s) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = s;
    }

    @BeforeEach
    void open() throws Exception {
        desk = new TestDesk(dialogs, Clock.fixed(InboxFixture.NOW, ZoneOffset.UTC));
        store = new SubmissionStore(desk.db, desk.ctx.clock());
        ids = InboxFixture.fill(store);
        Person ana = store.addPerson("Ana Lima", "");
        desk.ctx.publication().putSetting(InboxModel.ACTOR_SETTING, ana.name());
        fx(() -> {
            screen = new InboxScreen(desk.ctx, store, null, null, () -> stage);
            stage.setScene(new Scene((javafx.scene.Parent) screen.view().view(), 1180, 740));
            stage.show();
            screen.open();
            return null;
        });
        waitUntil(() -> screen.model().completeProperty().get() && screen.model().actorProperty().get() != null);
    }

    @AfterEach
    void close() throws IOException {
        fx(() -> {
            stage.hide();
            return null;
        });
        desk.close();
    }

    @Test
    void singleKeysTriageTheListAndUUndoes() {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#inbox-table").queryAs(TableView.class);
        fx(() -> {
            screen.view().focusList();
            return null;
        });
        // The list opens on the overdue one; J moves to the one due in 2 hours.
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("Why water is late");
        robot.write("j");
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("Rivers in the city");
        robot.write("s");
        waitUntil(() -> status(ids.get(0)) == SubmissionStatus.SHORTLISTED);
        robot.write("j");
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("The aquifer question");
        robot.write("d");
        waitUntil(() -> status(ids.get(2)) == SubmissionStatus.DECLINED);
        waitUntil(() -> table.getItems().get(2).status() == SubmissionStatus.DECLINED);
        robot.write("u");
        waitUntil(() -> status(ids.get(2)) == SubmissionStatus.NEW);
        assertThat(status(ids.get(0))).isEqualTo(SubmissionStatus.SHORTLISTED);
        robot.write("k");
        robot.write("e");
        waitUntil(() -> store.get(ids.get(0)).orElseThrow().assigneeId() != null);
        assertThat(store.activity(ids.get(0))).anyMatch(a -> a.actor().equals("Ana Lima") && a.action().equals("status"));
        // Ctrl+A keeps its meaning (select all), it does not accept.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids.subList(0, 5)).noneMatch(id -> status(id) == SubmissionStatus.ACCEPTED);
    }

    @Test
    void slashFocusesTheSearchAndTheSnippetHighlightsTheMatch() {
        fx(() -> {
            screen.view().focusList();
            return null;
        });
        robot.write("/");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.view().searchField().isFocused()).isTrue();
        robot.write("aquifer").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> screen.model().rows().size() == 1 && screen.model().completeProperty().get());
        assertThat(screen.model().rows().get(0).title()).isEqualTo("The aquifer question");
        waitUntil(() -> !robot.lookup(".search-highlight").queryAll().isEmpty());
        javafx.scene.text.Text t = robot.lookup(".search-highlight").query();
        assertThat(t.getText()).isEqualToIgnoringCase("aquifer");
    }

    private SubmissionStatus status(long id) {
        return store.get(id).orElseThrow().status();
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier b) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> b.getAsBoolean());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
