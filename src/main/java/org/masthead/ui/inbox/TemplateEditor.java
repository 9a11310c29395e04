package org.masthead.ui.inbox;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.masthead.triage.ReplyKind;
import org.masthead.triage.ReplyTemplate;
import org.masthead.triage.ReplyTemplates;

/**
 * Inbox ▸ Reply templates…: edits a copy of the set, one letter (kind × language) at a time;
 * a new language code adds a set. Stored on OK.
 */
final class TemplateEditor {

    private TemplateEditor() {
    }

    static Optional<ReplyTemplates> show(Window owner, ReplyTemplates initial) {
        ReplyTemplates[] set = {initial};
        Dialog<ReplyTemplates> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Reply templates");
        d.setHeaderText("Merge fields: {author} {title} {deadline} {editor} {publication}");
        ComboBox<ReplyKind> kind = new ComboBox<>(FXCollections.observableArrayList(ReplyKind.values()));
        kind.setValue(ReplyKind.ACCEPT);
        ComboBox<String> lang = new ComboBox<>(FXCollections.observableArrayList(initial.languages()));
        lang.setEditable(true);
        lang.setValue(ReplyTemplates.FALLBACK_LANGUAGE);
        TextField subject = new TextField();
        TextArea body = new TextArea();
        body.setPrefRowCount(14);
        body.setPrefColumnCount(64);
        body.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("danger");
        String[] shown = {kind.getValue().key(), lang.getValue()};
        Runnable keep = () -> {
            try {
                set[0] = set[0].with(new ReplyTemplate(ReplyKind.ofKey(shown[0]), shown[1], subject.getText(), body.getText()));
                error.setText("");
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
            }
        };
        Runnable load = () -> {
            String l = lang.getValue() == null || lang.getValue().isBlank() ? ReplyTemplates.FALLBACK_LANGUAGE : lang.getValue().strip();
            ReplyTemplate t = set[0].template(kind.getValue(), l);
            subject.setText(t.subject());
            body.setText(t.body());
            shown[0] = kind.getValue().key();
            shown[1] = l;
        };
        kind.setOnAction(e -> {
            keep.run();
            load.run();
        });
        lang.setOnAction(e -> {
            keep.run();
            load.run();
        });
        load.run();
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Letter"), kind);
        g.addRow(1, new Label("Language"), lang);
        g.addRow(2, new Label("Subject"), subject);
        g.addRow(3, new Label("Body"), body);
        g.add(error, 1, 4);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            keep.run();
            return set[0];
        });
        return d.showAndWait();
    }
}
