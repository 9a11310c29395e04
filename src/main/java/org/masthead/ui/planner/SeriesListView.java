package org.masthead.ui.planner;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Being written. */
public final class SeriesListView {

    private final VBox root = new VBox();

    public SeriesListView(PlannerModel model) {
    }

    public Node view() {
        return root;
    }
}
