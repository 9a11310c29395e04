package org.masthead.ui.planner;

import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.masthead.model.PartStage;

/** Edit part…: the form's values on OK, once they parse; empty on Cancel. */
final class PartDialog {

    private final TextField title = new TextField();
    private final TextField author = new TextField();
    private final ComboBox<PartStage> stage = new ComboBox<>();
    private final DatePicker pitch = picker("part-pitch-due");
    private final DatePicker draft = picker("part-draft-due");
    private final DatePicker edit = picker("part-edit-due");
    private final DatePicker date = picker("part-date");
    private final TextField time = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();

    private PartDialog(PartForm.Fields f, boolean stageFixed) {
        title.setText(f.title());
        title.setId("part-title");
        author.setText(f.author());
        author.setId("part-author");
        author.setPromptText("e.g. Ana Lima and Wei Chen");
        if (stageFixed) stage.getItems().setAll(f.stage()); else stage.getItems().setAll(PartStage.PLANNED, PartStage.COMMISSIONED);
        stage.setConverter(SeriesDialog.converter(PartStage::label));
        stage.setValue(f.stage());
        stage.setDisable(stageFixed);
        stage.setId("part-stage");
        pitch.setValue(f.pitchDue());
        draft.setValue(f.draftDue());
        edit.setValue(f.editDue());
        date.setValue(f.date());
        time.setText(f.time());
        time.setPrefColumnCount(5);
        time.setPromptText("HH:MM");
        time.setId("part-time");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(f.zone());
        zone.getEditor().setText(f.zone());
        zone.setId("part-zone");
    }

    /**
     * Shows the dialog. {@code stageFixed}: the part has an article (its status is the
     * article's) or is dropped, so the planner's stage is not offered.
     */
    static Optional<PartForm.Fields> show(Window owner, PartForm.Fields initial, boolean stageFixed, String heading) {
        PartDialog d = new PartDialog(initial, stageFixed);
        Button none = new Button("Not scheduled");
        none.setOnAction(e -> d.date.setValue(null));
        none.setId("part-unschedule");
        none.setMinWidth(Region.USE_PREF_SIZE);
        HBox day = new HBox(6, d.date, none);
        HBox at = new HBox(6, d.time, d.zone);
        d.time.setMinWidth(Region.USE_PREF_SIZE);
        d.zone.setPrefWidth(220);
        FormDialog<PartForm.Fields> form = new FormDialog<PartForm.Fields>()
                .row("Working title", d.title).row("Author", d.author).row("Stage", d.stage)
                .row("Pitch due", d.pitch).row("Draft due", d.draft).row("Edit due", d.edit)
                .row("Publication date", day).row("at", at);
        return form.show(owner, heading, "part-dialog", d::read, f -> PartForm.check(f),
                d.title.textProperty(), d.time.textProperty(), d.zone.getEditor().textProperty(), d.date.valueProperty(),
                d.pitch.valueProperty(), d.draft.valueProperty(), d.edit.valueProperty());
    }

    private PartForm.Fields read() {
        return new PartForm.Fields(title.getText(), author.getText(), stage.getValue(), pitch.getValue(), draft.getValue(), edit.getValue(),
                date.getValue(), time.getText(), zone.getEditor().getText());
    }

    private static DatePicker picker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(150);
        return p;
    }
}
