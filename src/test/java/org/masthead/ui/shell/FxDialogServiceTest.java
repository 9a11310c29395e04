package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What is typed into a dialog goes into its text; Return never destroys anything. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("owner"), 400, 300));
        s.show();
    }

    @Test
    void typingGoesIntoTheLongPromptsTextAtOnce(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.promptLong("Note", "Note text", "")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        javafx.scene.control.TextArea text = robot.lookup(".dialog-pane .text-area").queryAs(javafx.scene.control.TextArea.class);
        // The text has the focus as soon as the dialog is up, so no keystroke can reach a button.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.getScene().getFocusOwner() == text);
        robot.interact(() -> text.replaceText(0, text.getLength(), "Source: the forum's report"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> "OK".equals(((Button) b).getText())).queryButton());
        assertThat(answer.get(5, TimeUnit.SECONDS)).contains("Source: the forum's report");
    }

    @Test
    void returnInADangerousConfirmationMeansCancel(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirmDanger("Delete for good?", "Really?", "Delete for good")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class)).isNotNull();
        robot.type(KeyCode.ENTER);
        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
