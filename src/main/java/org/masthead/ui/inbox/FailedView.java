package org.masthead.ui.inbox;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.masthead.model.FailedImport;

/** "Could not import": every message that failed, with the reason; retry it, save its raw bytes, or drop it. */
final class FailedView {

    private final TableView<FailedImport> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    FailedView(InboxModel model, Consumer<FailedImport> retry, Consumer<FailedImport> saveRaw, Consumer<FailedImport> remove) {
        table.setId("inbox-failed");
        table.setItems(model.failed());
        table.setPlaceholder(DocumentText.muted("Every message was imported."));
        table.getColumns().add(col("Source", 260, FailedImport::source));
        table.getColumns().add(col("Reason", 420, FailedImport::reason));
        table.getColumns().add(col("When", 130, f -> DetailForm.format(f.at(), model.zone())));
        table.getColumns().add(col("Size", 80, f -> String.format("%,d", f.rawSize())));
        Button retryB = button("Retry", () -> retry);
        Button save = button("Save raw…", () -> saveRaw);
        Button drop = button("Remove…", () -> remove);
        for (Button b : new Button[] {retryB, save, drop}) b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bar = new HBox(8, retryB, save, drop);
        bar.setPadding(new Insets(6, 10, 6, 10));
        root.setTop(bar);
        root.setCenter(table);
    }

    private Button button(String text, java.util.function.Supplier<Consumer<FailedImport>> action) {
        Button b = new Button(text);
        b.setOnAction(e -> {
            FailedImport f = table.getSelectionModel().getSelectedItem();
            if (f != null) action.get().accept(f);
        });
        return b;
    }

    private static TableColumn<FailedImport, String> col(String name, double width, java.util.function.Function<FailedImport, String> f) {
        TableColumn<FailedImport, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    Node view() {
        return root;
    }
}
