package org.masthead.ui.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.masthead.planning.Conflict;
import org.masthead.planning.Piece;
import org.masthead.planning.Schedule;

/**
 * The one calendar of every piece: a month or a week of days, each with a publishing lane and
 * a due lane, days in the publication's zone; beside it the unscheduled pool and the list of
 * conflicts. Pieces are dragged between pool and days. The schedule is indexed by day once
 * per change and only the shown period's days are built.
 */
public final class CalendarView {

    private final PlannerModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane days = new StackPane();
    private final ChipDrag drag;
    private final ChipFactory chips;
    private final CalendarGrid grid;
    private final CalendarToolbar toolbar;
    private final PoolView pool;
    private final ConflictsPanel conflicts;
    private CalendarPeriod period;
    private DayIndex index;
    private Schedule indexedSchedule;
    private String highlight;

    public CalendarView(PlannerModel model) {
        this.model = model;
        this.drag = new ChipDrag(model, this::zone, key -> highlight = key);
        this.chips = new ChipFactory(model, drag);
        this.grid = new CalendarGrid(chips, drag, this::showWeek);
        this.toolbar = new CalendarToolbar(new CalendarToolbar.Actions() {
            @Override public void mode(CalendarPeriod.Mode m) { showPeriod(period.withMode(m)); }
            @Override public void previous() { showPeriod(period.previous()); }
            @Override public void today() { showPeriod(period.withAnchor(CalendarView.this.today())); }
            @Override public void next() { showPeriod(period.next()); }
            @Override public void slots(String text) { model.setSlots(text); }
            @Override public void exportCalendar() { model.exportCalendar(); }
        });
        this.pool = new PoolView(chips, drag, this::zone);
        this.conflicts = new ConflictsPanel(this::revealConflict);
        this.period = CalendarPeriod.monthOf(today());
        createView();
        initListeners();
        pool.show(model.scheduleProperty().get().unscheduled(), model.reportProperty().get());
        conflicts.show(model.reportProperty().get());
        toolbar.showSlots(model.slotsProperty().get().format());
        redraw();
    }

    private void createView() {
        root.setId("calendar");
        root.getStyleClass().add(CalendarCss.CALENDAR);
        root.getStylesheets().add(CalendarView.class.getResource(CalendarCss.STYLESHEET).toExternalForm());
        root.setTop(toolbar.view());
        days.setMinSize(0, 0);
        VBox side = new VBox(8, pool.view(), conflicts.view());
        side.getStyleClass().add(CalendarCss.SIDE);
        side.setMinWidth(200);
        VBox.setVgrow(pool.view(), Priority.ALWAYS);
        SplitPane split = new SplitPane(days, side);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
    }

    private void initListeners() {
        model.scheduleProperty().addListener((o, a, s) -> {
            pool.show(s.unscheduled(), model.reportProperty().get());
            redraw();
        });
        model.reportProperty().addListener((o, a, r) -> {
            pool.showReport(r);
            conflicts.show(r);
            redraw();
        });
        model.slotsProperty().addListener((o, a, s) -> {
            toolbar.showSlots(s.format());
            indexedSchedule = null; // the zone may have changed: days move
            redraw();
        });
    }

    public Node view() {
        return root;
    }

    /** Shows the period (month or week, as now) that holds {@code day}. */
    public void show(LocalDate day) {
        showPeriod(period.withAnchor(day));
    }

    /** The week of {@code day}, where every piece of the day shows. */
    public void showWeek(LocalDate day) {
        showPeriod(new CalendarPeriod(CalendarPeriod.Mode.WEEK, day));
    }

    /** Jumps to a piece: to its day with its chip highlighted, or to it in the pool. */
    public void reveal(String key) {
        Piece p = model.piece(key).orElse(null);
        if (p == null) return;
        highlight = key;
        if (p.time() != null) {
            show(LocalDate.ofInstant(p.instant(), zone()));
            return;
        }
        pool.reveal(key);
        p.dues().stream().filter(d -> !d.done()).findFirst().ifPresentOrElse(d -> show(d.date()), this::redraw);
    }

    private void revealConflict(Conflict c) {
        if (!c.pieces().isEmpty()) reveal(c.pieces().get(0));
    }

    /** The period shown, for tests and the toolbar. */
    CalendarPeriod period() {
        return period;
    }

    private void showPeriod(CalendarPeriod p) {
        period = p;
        redraw();
    }

    private void redraw() {
        Schedule s = model.scheduleProperty().get();
        if (index == null || s != indexedSchedule) {
            index = DayIndex.of(s, zone());
            indexedSchedule = s;
        }
        toolbar.show(period);
        days.getChildren().setAll(grid.build(new CalendarGrid.Frame(period, index, model.reportProperty().get(), today(), highlight)));
    }

    private ZoneId zone() {
        return model.slotsProperty().get().zone();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(model.context().now(), zone());
    }
}
