package org.masthead.ui.planner;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.masthead.model.Cadence;
import org.masthead.model.SeriesStatus;

/** New series… / Edit series…: the form's values on OK, once they parse; empty on Cancel. */
final class SeriesDialog {

    private final TextField title = field("series-title", "");
    private final TextField topic = field("series-topic", "e.g. urban climate");
    private final TextArea description = new TextArea();
    private final TextField parts = field("series-parts", "");
    private final TextField interval = field("series-interval", "");
    private final ComboBox<Cadence.Unit> unit = new ComboBox<>();
    private final ComboBox<DayOfWeek> weekday = new ComboBox<>();
    private final TextField time = field("series-time", "HH:MM");
    private final ComboBox<String> zone = new ComboBox<>();
    private final TextField owner = field("series-owner", "the owning editor");
    private final ComboBox<SeriesStatus> status = new ComboBox<>();
    private final TextArea template = new TextArea();
    private final Label preview = new Label();

    private SeriesDialog(SeriesForm.Fields f, boolean isNew) {
        title.setText(f.title());
        topic.setText(f.topic());
        description.setText(f.description());
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.setId("series-description");
        parts.setText(f.parts());
        parts.setDisable(!isNew);
        parts.setPrefColumnCount(3);
        interval.setText(f.interval());
        interval.setPrefColumnCount(3);
        unit.getItems().setAll(Cadence.Unit.values());
        unit.setConverter(converter(u -> u == Cadence.Unit.DAY ? "days" : "weeks"));
        unit.setValue(f.unit());
        unit.setId("series-unit");
        weekday.getItems().setAll(DayOfWeek.values());
        weekday.setConverter(converter(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        weekday.setValue(f.weekday());
        weekday.setId("series-weekday");
        weekday.disableProperty().bind(unit.valueProperty().isEqualTo(Cadence.Unit.DAY));
        time.setText(f.time());
        time.setPrefColumnCount(5);
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(f.zone());
        zone.getEditor().setText(f.zone());
        zone.setId("series-zone");
        owner.setText(f.owner());
        status.getItems().setAll(SeriesStatus.values());
        status.setConverter(converter(SeriesStatus::label));
        status.setValue(f.status());
        status.setId("series-status");
        template.setText(f.template());
        template.setPrefRowCount(3);
        template.setWrapText(true);
        template.setId("series-template");
        preview.setId("series-note-preview");
        preview.setWrapText(true);
        preview.setMaxWidth(520);
        preview.setMinHeight(Label.USE_PREF_SIZE);
        preview.getStyleClass().add("note-preview");
    }

    /** Shows the dialog; {@code count} is the series' count for the preview when editing. */
    static Optional<SeriesForm.Fields> show(Window owner, SeriesForm.Fields initial, boolean isNew, int count) {
        SeriesDialog d = new SeriesDialog(initial, isNew);
        Runnable updatePreview = () -> d.preview.setText(SeriesForm.preview(d.read(), count));
        updatePreview.run();
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {d.template.textProperty(), d.title.textProperty(),
                d.topic.textProperty(), d.parts.textProperty()}) {
            o.addListener(x -> updatePreview.run());
        }
        Label hint = new Label("Placeholders: " + SeriesForm.PLACEHOLDER_HINT);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        Label at = new Label("at");
        at.setMinWidth(Label.USE_PREF_SIZE);
        d.unit.setMinWidth(Label.USE_PREF_SIZE);
        d.weekday.setMinWidth(Label.USE_PREF_SIZE);
        d.time.setMinWidth(Label.USE_PREF_SIZE);
        HBox every = new HBox(6, d.interval, d.unit);
        HBox on = new HBox(6, d.weekday, at, d.time);
        on.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        FormDialog<SeriesForm.Fields> form = new FormDialog<SeriesForm.Fields>()
                .row("Title", d.title).row("Topic", d.topic).row("Description", d.description)
                .row("Parts", isNew ? d.parts : new HBox(8, d.parts, muted("add or drop parts on the board")))
                .row("Every", every).row("On", on).row("Time zone", d.zone)
                .row("Owning editor", d.owner).row("Status", d.status)
                .row("Editor's note", new VBox(4, d.template, hint))
                .row("Part 2 reads", d.preview);
        return form.show(owner, isNew ? "New series" : "Edit series", "series-dialog", d::read,
                f -> SeriesForm.check(f, isNew),
                d.title.textProperty(), d.parts.textProperty(), d.interval.textProperty(), d.time.textProperty(),
                d.zone.getEditor().textProperty(), d.unit.valueProperty());
    }

    private SeriesForm.Fields read() {
        return new SeriesForm.Fields(title.getText(), topic.getText(), description.getText(), parts.getText(), unit.getValue(),
                interval.getText(), weekday.getValue(), time.getText(), zone.getEditor().getText(), owner.getText(), status.getValue(),
                template.getText());
    }

    private static TextField field(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-muted");
        return l;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
