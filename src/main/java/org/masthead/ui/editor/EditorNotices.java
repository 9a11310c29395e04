package org.masthead.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Bars above the text that tell of the team around the open article (decision 0018): a merge in
 * progress, someone else editing it, the server out of reach, text kept from an earlier failed
 * save. Each notice has a key; showing a key again replaces it. Hidden when there is none.
 */
final class EditorNotices {

    /** A button on a notice. */
    record Action(String id, String label, Runnable run) {
    }

    private final Map<String, HBox> shown = new LinkedHashMap<>();
    private final VBox root = new VBox();

    EditorNotices() {
        root.setId("editor-notices");
        root.setManaged(false);
        root.setVisible(false);
    }

    Node view() {
        return root;
    }

    /** Shows (or replaces) the notice {@code key}; {@code warning} paints it as one. */
    void show(String key, String text, boolean warning, Action... actions) {
        Label l = new Label(text);
        l.setId("notice-" + key);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox bar = new HBox(8, l);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(EditorCss.NOTICE_BAR);
        if (warning) bar.getStyleClass().add("warning");
        for (Action a : actions) {
            Button b = new Button(a.label());
            b.setId(a.id());
            b.setOnAction(e -> a.run().run());
            bar.getChildren().add(b);
        }
        HBox before = shown.put(key, bar);
        if (before != null) root.getChildren().set(root.getChildren().indexOf(before), bar);
        else root.getChildren().add(bar);
        update();
    }

    void clear(String key) {
        HBox bar = shown.remove(key);
        if (bar != null) root.getChildren().remove(bar);
        update();
    }

    /** The text of notice {@code key}, or null (tests). */
    String text(String key) {
        HBox bar = shown.get(key);
        return bar == null ? null : ((Label) bar.getChildren().get(0)).getText();
    }

    private void update() {
        boolean any = !shown.isEmpty();
        root.setManaged(any);
        root.setVisible(any);
    }
}
