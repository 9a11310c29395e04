package org.masthead.ui.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.masthead.model.text.TextStats;

/** Word count, reading time and the save state under the text. */
final class EditorStatusBar {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ObjectProperty<TextStats> stats = new SimpleObjectProperty<>(new TextStats(0, 0));
    private final Label words = new Label();
    private final Label reading = new Label();
    private final Label state = new Label();
    private final HBox root;

    EditorStatusBar(ObservableBooleanValue dirty, ObservableBooleanValue saving, ObservableValue<Instant> lastSaved,
                    ObservableValue<?> article) {
        words.setId("word-count");
        state.setId("save-state");
        words.textProperty().bind(Bindings.createStringBinding(() -> stats.get().label(), stats));
        reading.textProperty().bind(Bindings.createStringBinding(() -> {
            int m = stats.get().readingMinutes();
            return m == 0 ? "" : m + " min read";
        }, stats));
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            if (article.getValue() == null) return "";
            if (saving.get()) return "Saving…";
            if (dirty.get()) return "Unsaved changes";
            Instant t = lastSaved.getValue();
            return t == null ? "Saved" : "Saved " + TIME.format(t.atZone(ZoneId.systemDefault()));
        }, dirty, saving, lastSaved, article));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        root = new HBox(16, words, reading, spring, state);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
        root.getStyleClass().add(EditorCss.STATUS_BAR);
    }

    Node view() {
        return root;
    }

    ObjectProperty<TextStats> statsProperty() {
        return stats;
    }
}
