package org.masthead.ui.planner;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Month/Week, Previous/Today/Next, the period's title and the publication's daily slots. */
final class CalendarToolbar {

    /** What the buttons do. */
    interface Actions {
        void mode(CalendarPeriod.Mode m);
        void previous();
        void today();
        void next();
        void slots(String text);
        void exportCalendar();
    }

    private final HBox root = new HBox(6);
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton month = new ToggleButton("Month");
    private final ToggleButton week = new ToggleButton("Week");
    private final Label title = new Label();
    private final TextField slots = new TextField();
    private boolean updating;

    CalendarToolbar(Actions actions) {
        createView();
        initListeners(actions);
    }

    private void createView() {
        root.getStyleClass().add(CalendarCss.TOOLBAR);
        root.setAlignment(Pos.CENTER_LEFT);
        month.setId("calendar-month");
        week.setId("calendar-week");
        month.setToggleGroup(modes);
        week.setToggleGroup(modes);
        month.getStyleClass().add("left-pill");
        week.getStyleClass().add("right-pill");
        month.setSelected(true);
        title.setId("calendar-title");
        title.getStyleClass().add(CalendarCss.TITLE);
        slots.setId("slots-field");
        slots.setPrefColumnCount(11);
        slots.setTooltip(new Tooltip("The publication's daily slots, e.g. 08:00, 15:40; press Enter to save"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label slotsLabel = new Label("Slots:");
        slotsLabel.setLabelFor(slots);
        root.getChildren().addAll(new HBox(month, week), title, spacer, slotsLabel, slots);
    }

    private void initListeners(Actions a) {
        modes.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
            } else if (!updating) {
                a.mode(is == month ? CalendarPeriod.Mode.MONTH : CalendarPeriod.Mode.WEEK);
            }
        });
        Button prev = iconButton("calendar-previous", CalendarCss.PREVIOUS, "Previous", a::previous);
        Button today = iconButton("calendar-today", CalendarCss.TODAY, "Today", a::today);
        today.setText("Today");
        Button next = iconButton("calendar-next", CalendarCss.NEXT, "Next", a::next);
        Button setSlots = new Button("Set");
        setSlots.setId("slots-set");
        setSlots.setOnAction(e -> a.slots(slots.getText()));
        slots.setOnAction(e -> a.slots(slots.getText()));
        root.getChildren().addAll(1, java.util.List.of(prev, today, next));
        root.getChildren().add(setSlots);
        Button ics = iconButton("calendar-export", org.masthead.ui.shell.AppIcon.EXPORT_CALENDAR,
                "Export the plan as an iCalendar (.ics) file a calendar app can subscribe to", a::exportCalendar);
        root.getChildren().add(ics);
    }

    private static Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tip, Runnable r) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        return b;
    }

    Node view() {
        return root;
    }

    void show(CalendarPeriod p) {
        updating = true;
        (p.mode() == CalendarPeriod.Mode.MONTH ? month : week).setSelected(true);
        updating = false;
        title.setText(p.title());
    }

    void showSlots(String text) {
        slots.setText(text);
    }

    /** The slots text field, for tests. */
    TextField slotsField() {
        return slots;
    }
}
