package org.masthead.ui.planner;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The series planner: the series list on the left; the selected series' board above the
 * calendar, with the unscheduled pool beside the calendar.
 */
public final class PlannerScreen {

    private final PlannerModel model;
    private final SeriesListView seriesList;
    private final BoardView board;
    private final CalendarView calendar;
    private final BorderPane root = new BorderPane();

    public PlannerScreen(PlannerModel model) {
        this.model = model;
        this.seriesList = new SeriesListView(model);
        this.board = new BoardView(model);
        this.calendar = new CalendarView(model);
        SplitPane split = new SplitPane(board.view(), calendar.view());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        root.setId("planner");
        root.setLeft(seriesList.view());
        root.setCenter(split);
    }

    public Node view() {
        return root;
    }

    public PlannerModel model() {
        return model;
    }

    public SeriesListView seriesList() {
        return seriesList;
    }

    public BoardView board() {
        return board;
    }

    public CalendarView calendar() {
        return calendar;
    }
}
