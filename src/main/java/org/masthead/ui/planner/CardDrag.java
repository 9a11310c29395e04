package org.masthead.ui.planner;

import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

/**
 * Reordering cards with the mouse: a full press-drag-release gesture, not platform drag and
 * drop, so it works the same on every platform and under a headless test robot. The card
 * dragged fades, the card under the pointer is marked, and releasing there moves the first
 * to the second's place.
 */
final class CardDrag {

    private final BiConsumer<Integer, Integer> move;
    private int from = -1;

    CardDrag(BiConsumer<Integer, Integer> move) {
        this.move = move;
    }

    void attach(Node card, int index) {
        card.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            card.requestFocus();
            e.consume(); // else the scroll pane around the cards takes the focus back
        });
        card.setOnDragDetected(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            from = index;
            card.startFullDrag();
            card.getStyleClass().add("dragging");
            card.setCursor(Cursor.CLOSED_HAND);
            e.consume();
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (from >= 0 && from != index) card.getStyleClass().add("drop-target");
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> card.getStyleClass().remove("drop-target"));
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            card.getStyleClass().remove("drop-target");
            int source = from;
            from = -1;
            if (source >= 0 && source != index) move.accept(source, index);
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            card.getStyleClass().remove("dragging");
            card.setCursor(null);
            from = -1;
        });
    }
}
