package org.masthead.ui.planner;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * A dialog of labelled rows whose OK only closes it when the form parses: otherwise the form's
 * message shows in the dialog and nothing is returned. After the first refused OK the message
 * follows the typing.
 */
final class FormDialog<F> {

    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private int rows;
    private Node first;

    FormDialog() {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.setMaxWidth(560);
        // Room for a two-line message from the start: the dialog does not grow when one appears.
        message.setMinHeight(40);
        message.setAlignment(javafx.geometry.Pos.TOP_LEFT);
    }

    /** A labelled row; {@code label} null spans the field over both columns. */
    FormDialog<F> row(String label, Node field) {
        if (first == null) first = field;
        if (label == null) {
            grid.add(field, 0, rows++, 2, 1);
        } else {
            Label l = new Label(label);
            l.setLabelFor(field);
            grid.add(l, 0, rows);
            grid.add(field, 1, rows++);
        }
        return this;
    }

    Label message() {
        return message;
    }

    /**
     * Shows the dialog and waits. {@code read} takes the form's values, {@code check} throws an
     * IllegalArgumentException for values that do not parse; {@code inputs} re-check as they change.
     */
    Optional<F> show(Window owner, String title, String id, Supplier<F> read, Consumer<F> check, Observable... inputs) {
        message.setId(id + "-message");
        grid.add(message, 0, rows++, 2, 1);
        Dialog<F> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setId(id);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setPrefWidth(620);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResizable(true);
        boolean[] attempted = {false};
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            attempted[0] = true;
            if (!valid(read, check)) e.consume();
        });
        for (Observable o : inputs) o.addListener(x -> {
            if (attempted[0]) valid(read, check);
        });
        d.setOnShown(e -> javafx.application.Platform.runLater(first::requestFocus));
        d.setResultConverter(b -> b == ButtonType.OK ? read.get() : null);
        return d.showAndWait();
    }

    private boolean valid(Supplier<F> read, Consumer<F> check) {
        try {
            check.accept(read.get());
            message.setText("");
            return true;
        } catch (IllegalArgumentException ex) {
            message.setText(ex.getMessage());
            return false;
        }
    }
}
