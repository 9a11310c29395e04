package org.masthead.ui.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.model.Publication;
import org.masthead.model.Zones;

/** File ▸ Publication settings…: edits a copy; the caller stores it on OK. */
final class PublicationSettingsDialog {

    private PublicationSettingsDialog() {
    }

    /** The form as the editor left it on OK, or empty on Cancel. */
    static Optional<PublicationSettings.Form> show(Window owner, Publication current) {
        PublicationSettings.Form f = PublicationSettings.Form.of(current);
        TextField name = new TextField(f.name());
        name.setId("publication-name");
        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        zone.getItems().setAll(Zones.selectable());
        zone.setValue(f.zone());
        zone.setId("publication-zone");
        TextArea labels = new TextArea(f.labels());
        labels.setPrefRowCount(4);
        labels.setId("publication-labels");
        VBox box = new VBox(6, new Label("Name"), name, new Label("Time zone of dates on the page"), zone,
                new Label("Zone labels, one per line (ZONE = LABEL), e.g. Asia/Shanghai = BJT"), labels);
        box.setPadding(new Insets(8));
        Dialog<PublicationSettings.Form> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Publication settings");
        d.setHeaderText("Publication settings");
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new PublicationSettings.Form(name.getText(), zone.getEditor().getText(), labels.getText()) : null);
        d.setOnShown(e -> javafx.application.Platform.runLater(name::requestFocus));
        return d.showAndWait();
    }
}
