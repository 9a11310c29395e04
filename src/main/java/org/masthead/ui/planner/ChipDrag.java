package org.masthead.ui.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import org.masthead.planning.Piece;

/**
 * Dragging pieces between the pool and the days with a press-drag-release gesture
 * ({@link Node#startFullDrag()}) rather than platform drag and drop, which headless test
 * runs cannot drive. The dragged piece's key travels on the gesture's source node, so no
 * state outlives a gesture.
 */
final class ChipDrag {

    private static final String KEY = "masthead.piece-key";

    private final PlannerModel model;
    private final Supplier<ZoneId> zone;
    private final Consumer<String> landed;

    /** {@code landed} hears of a piece dropped on a day before it is scheduled there (to highlight it). */
    ChipDrag(PlannerModel model, Supplier<ZoneId> zone, Consumer<String> landed) {
        this.model = model;
        this.zone = zone;
        this.landed = landed;
    }

    /** Lets {@code node} be dragged as the piece {@code key} gives (read when the drag starts; null for none). */
    void source(Node node, Supplier<String> key) {
        node.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            String k = key.get();
            if (k == null || e.getButton() != MouseButton.PRIMARY) return;
            Piece p = model.piece(k).orElse(null);
            if (p == null || p.locked()) return;
            node.getProperties().put(KEY, k);
            node.getStyleClass().add(CalendarCss.CHIP_DRAGGING);
            node.startFullDrag();
            e.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> node.getStyleClass().remove(CalendarCss.CHIP_DRAGGING));
    }

    /** A day that takes pieces: dropped there, a piece is scheduled on it. */
    void dayTarget(Node cell, LocalDate day) {
        target(cell, p -> {
            if (p.time() != null && LocalDate.ofInstant(p.instant(), zone.get()).equals(day)) return;
            landed.accept(p.key());
            model.scheduleOnDay(p.key(), day);
        });
    }

    /** The pool: a scheduled piece dropped there loses its date. */
    void poolTarget(Node pool) {
        target(pool, p -> {
            if (p.time() != null) model.reschedule(p.key(), null);
        });
    }

    private void target(Node target, Consumer<Piece> onDrop) {
        highlightWhileOver(target);
        // A filter, so that no control inside the target (the pool's list) swallows the drop.
        target.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            target.getStyleClass().remove(CalendarCss.DROP_TARGET);
            String k = keyOf(e);
            if (k == null) return;
            e.consume();
            model.piece(k).ifPresent(onDrop);
        });
    }

    private static void highlightWhileOver(Node target) {
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (keyOf(e) != null && !target.getStyleClass().contains(CalendarCss.DROP_TARGET)) {
                target.getStyleClass().add(CalendarCss.DROP_TARGET);
            }
        });
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> target.getStyleClass().remove(CalendarCss.DROP_TARGET));
    }

    private static String keyOf(MouseDragEvent e) {
        return e.getGestureSource() instanceof Node n && n.getProperties().get(KEY) instanceof String k ? k : null;
    }
}
