package org.masthead.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Bars above the text that tell of the team around the open article (decision 0018): a merge in
 * progress, someone else editing it, the server out of reach. Each notice has a key; showing a
 * key again replaces its text. Hidden when there is none.
 */
final class EditorNotices {

    private final Map<String, Label> shown = new LinkedHashMap<>();
    private final VBox root = new VBox();

    EditorNotices() {
        root.setId("editor-notices");
        root.setManaged(false);
        root.setVisible(false);
    }

    Node view() {
        return root;
    }

    /** Shows (or updates) the notice {@code key}; {@code warning} paints it as one. */
    void show(String key, String text, boolean warning) {
        Label l = shown.computeIfAbsent(key, k -> {
            Label n = new Label();
            n.setId("notice-" + k);
            n.setWrapText(true);
            n.setMaxWidth(Double.MAX_VALUE);
            n.getStyleClass().add(EditorCss.NOTICE_BAR);
            root.getChildren().add(n);
            return n;
        });
        l.setText(text);
        if (warning && !l.getStyleClass().contains("warning")) l.getStyleClass().add("warning");
        if (!warning) l.getStyleClass().remove("warning");
        update();
    }

    void clear(String key) {
        Label l = shown.remove(key);
        if (l != null) root.getChildren().remove(l);
        update();
    }

    /** The text of notice {@code key}, or null (tests). */
    String text(String key) {
        Label l = shown.get(key);
        return l == null ? null : l.getText();
    }

    private void update() {
        boolean any = !shown.isEmpty();
        root.setManaged(any);
        root.setVisible(any);
    }
}
