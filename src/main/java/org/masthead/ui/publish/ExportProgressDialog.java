package org.masthead.ui.publish;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Exporting…" with a progress bar and Cancel, while an export runs. */
final class ExportProgressDialog {

    private final Stage stage = new Stage();
    private final Label status = new Label("Looking at the site…");
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button("Cancel");

    ExportProgressDialog(Window owner, String target, Runnable onCancel) {
        createView(owner, target);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            status.setText("Stopping after the file being written…");
            onCancel.run();
        });
        // Closing the window is cancelling: the export stops and says what it did.
        stage.setOnCloseRequest(e -> {
            e.consume();
            cancel.fire();
        });
    }

    private void createView(Window owner, String target) {
        bar.setMaxWidth(Double.MAX_VALUE);
        Label to = new Label("Exporting the site to " + target);
        to.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        cancel.setCancelButton(true);
        VBox box = new VBox(10, to, bar, status, new HBox(gap, cancel));
        box.setPadding(new Insets(16));
        box.setPrefWidth(440);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");
        stage.setScene(new Scene(box));
    }

    void show() {
        stage.show();
    }

    void progress(int done, int total) {
        bar.setProgress(total == 0 ? 1 : (double) done / total);
        status.setText(done + " of " + total + " pages");
    }

    void close() {
        stage.hide();
    }
}
