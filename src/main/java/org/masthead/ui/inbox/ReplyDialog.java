package org.masthead.ui.inbox;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.masthead.triage.ReplyKind;

/**
 * The letter to an author before anything goes out: its kind, language, the rendered template
 * with what is missing, editable subject and body, and the three ways out: send, save as .eml,
 * or decline without reply. Nothing is sent until one of them is pressed.
 */
final class ReplyDialog {

    /** How the reviewer chose to answer. */
    enum Channel { SEND, EML, NO_REPLY }

    record Choice(Channel channel, ReplyKind kind, String language, String subject, String body) {
    }

    /** Renders a letter for the dialog (on the FX thread: it is quick or already read). */
    interface Renderer {
        ReplyLetters.Letter render(ReplyKind kind, String language);
    }

    private ReplyDialog() {
    }

    static Optional<Choice> show(Window owner, int count, ReplyKind initial, String language, List<String> languages, Renderer renderer) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(count == 1 ? "Reply to the author" : "Reply to " + count + " authors");
        d.setHeaderText(count == 1 ? "The letter as it will go out. Nothing is sent until you press Send."
                : "The letter for the first of " + count + " submissions; each author gets it with their own name and title.");
        ComboBox<ReplyKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ReplyKind.values()));
        kind.setValue(initial);
        ComboBox<String> lang = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(languages));
        lang.setEditable(true);
        lang.setValue(language == null || language.isEmpty() ? "en" : language);
        TextField to = new TextField();
        to.setEditable(false);
        TextField subject = new TextField();
        subject.setDisable(count > 1);
        TextArea body = new TextArea();
        body.setWrapText(true);
        body.setPrefRowCount(16);
        body.setPrefColumnCount(64);
        body.setDisable(count > 1);
        Label missing = new Label();
        missing.getStyleClass().add("danger");
        missing.setWrapText(true);
        Runnable render = () -> {
            ReplyLetters.Letter l = renderer.render(kind.getValue(), lang.getValue());
            to.setText(l.to());
            subject.setText(l.subject());
            body.setText(l.body());
            missing.setText(l.missing().isEmpty() ? "" : "Missing or unknown: " + String.join(", ", l.missing()) + " — fill them in before sending.");
        };
        kind.setOnAction(e -> render.run());
        lang.setOnAction(e -> render.run());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Letter"), kind);
        g.addRow(1, new Label("Language"), lang);
        g.addRow(2, new Label("To"), to);
        g.addRow(3, new Label("Subject"), subject);
        g.addRow(4, new Label("Body"), body);
        g.add(missing, 1, 5);
        GridPane.setHgrow(body, Priority.ALWAYS);
        d.getDialogPane().setContent(g);
        ButtonType send = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
        ButtonType eml = new ButtonType("Save as .eml…", ButtonBar.ButtonData.OTHER);
        ButtonType none = new ButtonType("Decline without reply", ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(send, eml, none, ButtonType.CANCEL);
        // Return must not send: nothing is the default.
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(send)).setDefaultButton(false);
        d.getDialogPane().lookupButton(none).disableProperty().bind(kind.valueProperty().isNotEqualTo(ReplyKind.DECLINE));
        d.setResultConverter(b -> {
            Channel c = b == send ? Channel.SEND : b == eml ? Channel.EML : b == none ? Channel.NO_REPLY : null;
            return c == null ? null : new Choice(c, kind.getValue(), lang.getValue(), subject.getText(), body.getText());
        });
        try {
            render.run();
        } catch (RuntimeException e) {
            missing.setText(e.getMessage());
        }
        return d.showAndWait();
    }
}
