package org.masthead.ui.inbox;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window with a progress bar (count, rate, current file) and Cancel for an import or
 * fetch running on the worker. Updates from the worker are dropped when they come faster than
 * ten a second, so a fast import does not flood the FX thread.
 */
final class ProgressDialog implements MailWork.Progress {

    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(-1);
    private final Label count = new Label("Starting…");
    private final Label current = new Label();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong lastUpdate = new AtomicLong();

    ProgressDialog(Window owner, String title) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        bar.setPrefWidth(420);
        current.setMaxWidth(420);
        current.getStyleClass().add("text-muted");
        Button cancel = new Button("Cancel");
        cancel.setId("progress-cancel");
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
            count.setText("Cancelling after the current message…");
        });
        VBox box = new VBox(10, new Label(title), bar, count, current, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> cancelled.set(true));
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }

    boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void update(int done, int total, double perSecond, String file) {
        long now = System.nanoTime();
        long last = lastUpdate.get();
        if (now - last < 100_000_000L && done != total) return;
        lastUpdate.set(now);
        Platform.runLater(() -> {
            bar.setProgress(total > 0 ? (double) done / total : -1);
            count.setText(String.format("%,d%s messages · %.0f a second", done, total > 0 ? String.format(" of %,d", total) : "", perSecond));
            current.setText(file == null ? "" : file);
        });
    }
}
