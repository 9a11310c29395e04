package org.masthead.ui.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Piece;

/**
 * Builds the days of one period: a month as 6 × 7 cells under the weekday names, or a week as
 * seven tall columns. Each day has a publishing lane (chips in time order) and a due lane.
 * Only the period's days are built; a month cell shows the first few of each lane and a
 * "+N more" that opens the day's week.
 */
final class CalendarGrid {

    /** What one build shows. */
    record Frame(CalendarPeriod period, DayIndex index, Conflicts.Report report, LocalDate today, String highlight) {
    }

    private static final int MONTH_CHIPS = 2;
    private static final DateTimeFormatter WEEK_HEAD = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FIRST_OF_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final ChipFactory chips;
    private final ChipDrag drag;
    private final Consumer<LocalDate> openWeek;

    CalendarGrid(ChipFactory chips, ChipDrag drag, Consumer<LocalDate> openWeek) {
        this.chips = chips;
        this.drag = drag;
        this.openWeek = openWeek;
    }

    Node build(Frame f) {
        boolean month = f.period().mode() == CalendarPeriod.Mode.MONTH;
        GridPane grid = sevenColumns();
        List<LocalDate> days = f.period().days();
        int rows = days.size() / 7;
        for (int r = 0; r < rows; r++) grid.getRowConstraints().add(equalRow(rows));
        for (int i = 0; i < days.size(); i++) grid.add(day(f, days.get(i), month), i % 7, i / 7);
        if (!month) {
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            // At least as tall as the view, taller when a day holds more: then it scrolls.
            scroll.viewportBoundsProperty().addListener((o, a, b) -> grid.setMinHeight(b.getHeight()));
            return scroll;
        }
        GridPane names = sevenColumns();
        for (int c = 0; c < 7; c++) {
            Label wd = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            wd.getStyleClass().add(CalendarCss.WEEKDAY);
            GridPane.setHalignment(wd, HPos.CENTER);
            names.add(wd, c, 0);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        return new VBox(names, grid);
    }

    private static GridPane sevenColumns() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(CalendarCss.GRID);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(0);
            grid.getColumnConstraints().add(cc);
        }
        grid.setMinSize(0, 0);
        return grid;
    }

    /** Rows of one height, whatever their days hold: a month reads as a grid. */
    private static RowConstraints equalRow(int rows) {
        RowConstraints rc = new RowConstraints();
        rc.setVgrow(Priority.ALWAYS);
        rc.setMinHeight(0);
        rc.setPercentHeight(100.0 / rows);
        return rc;
    }

    private Node day(Frame f, LocalDate d, boolean month) {
        VBox cell = new VBox(2);
        cell.setId("day-" + d);
        cell.getStyleClass().add(CalendarCss.DAY);
        if (!f.period().isMain(d)) cell.getStyleClass().add(CalendarCss.DAY_OTHER_MONTH);
        if (d.equals(f.today())) cell.getStyleClass().add(CalendarCss.DAY_TODAY);
        if (d.getDayOfWeek().getValue() >= 6) cell.getStyleClass().add(CalendarCss.DAY_WEEKEND);
        cell.setMinSize(0, 0);
        if (month) clip(cell);

        Label head = new Label(month ? (d.getDayOfMonth() == 1 ? FIRST_OF_MONTH.format(d) : Integer.toString(d.getDayOfMonth())) : WEEK_HEAD.format(d));
        head.getStyleClass().add(CalendarCss.DAY_HEADER);
        cell.getChildren().add(head);

        VBox pub = lane(CalendarCss.LANE_PUBLISHING, month ? null : "Publishing");
        List<Piece> pieces = visible(f.index().publishing(d), month ? MONTH_CHIPS : Integer.MAX_VALUE, f.highlight());
        for (Piece p : pieces) pub.getChildren().add(chips.publishing(p, f.index().zone(), f.report(), p.key().equals(f.highlight())));
        more(pub, f.index().publishing(d).size() - pieces.size(), d);

        VBox due = lane(CalendarCss.LANE_DUE, month ? null : "Due");
        List<DayIndex.DueItem> dues = f.index().dues(d);
        if (month && !dues.isEmpty()) {
            Label summary = chips.dueSummary(dues, f.today());
            if (dues.size() > 1) summary.setOnMouseClicked(e -> openWeek.accept(d));
            due.getChildren().add(summary);
        } else {
            for (DayIndex.DueItem item : dues) due.getChildren().add(chips.due(item, f.today()));
        }
        if (month && dues.isEmpty()) {
            due.setVisible(false);
            due.setManaged(false);
        }
        if (!month) {
            // A week has the width to read whole titles: chips wrap instead of cutting them short.
            for (Node n : pub.getChildren()) if (n instanceof Label l) l.setWrapText(true);
            for (Node n : due.getChildren()) if (n instanceof Label l) l.setWrapText(true);
        }
        cell.getChildren().addAll(pub, due);
        drag.dayTarget(cell, d);
        return cell;
    }

    /** The first {@code max} pieces (one fewer when a "+N more" is needed), keeping a highlighted one in view. */
    private static List<Piece> visible(List<Piece> all, int max, String highlight) {
        if (all.size() <= max) return all;
        List<Piece> l = new ArrayList<>(all.subList(0, max - 1));
        for (Piece p : all.subList(max - 1, all.size())) {
            if (p.key().equals(highlight)) l.set(l.size() - 1, p);
        }
        return l;
    }

    private void more(VBox lane, int hidden, LocalDate d) {
        if (hidden <= 0) return;
        Label more = new Label("+" + hidden + " more");
        more.getStyleClass().add(CalendarCss.MORE);
        more.setOnMouseClicked(e -> openWeek.accept(d));
        lane.getChildren().add(more);
    }

    private static VBox lane(String style, String title) {
        VBox lane = new VBox(2);
        lane.getStyleClass().add(style);
        // A lane never shrinks below its chips: they would overlap; a month cell clips instead.
        lane.setMinHeight(Region.USE_PREF_SIZE);
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add(CalendarCss.LANE_TITLE);
            lane.getChildren().add(t);
        }
        return lane;
    }

    private static void clip(Region r) {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(r.widthProperty());
        clip.heightProperty().bind(r.heightProperty());
        r.setClip(clip);
    }
}
