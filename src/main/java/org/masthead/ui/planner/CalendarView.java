package org.masthead.ui.planner;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Being written. */
public final class CalendarView {

    private final VBox root = new VBox();

    public CalendarView(PlannerModel model) {
    }

    public Node view() {
        return root;
    }
}
