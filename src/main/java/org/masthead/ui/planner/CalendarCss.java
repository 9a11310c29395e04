package org.masthead.ui.planner;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.masthead.ui.shell.AppIcon;

/** Style classes and icons of the calendar and its pool, defined in calendar.css. */
final class CalendarCss {
    private CalendarCss() {
    }

    static final String STYLESHEET = "/org/masthead/ui/planner/calendar.css";

    static final String CALENDAR = "planner-calendar";
    static final String TOOLBAR = "calendar-toolbar";
    static final String TITLE = "calendar-title";
    static final String GRID = "calendar-grid";
    static final String WEEKDAY = "calendar-weekday";
    static final String DAY = "day-cell";
    static final String DAY_HEADER = "day-header";
    static final String DAY_OTHER_MONTH = "day-other-month";
    static final String DAY_TODAY = "day-today";
    static final String DAY_WEEKEND = "day-weekend";
    static final String DROP_TARGET = "drop-target";
    static final String LANE_PUBLISHING = "lane-publishing";
    static final String LANE_DUE = "lane-due";
    static final String LANE_TITLE = "lane-title";
    static final String MORE = "day-more";
    static final String CHIP = "chip";
    static final String CHIP_LOCKED = "chip-locked";
    static final String CHIP_CONFLICT = "chip-conflict";
    static final String CHIP_HIGHLIGHT = "chip-highlight";
    static final String CHIP_DRAGGING = "chip-dragging";
    static final String CHIP_ICON = "chip-icon";
    static final String DUE = "due-item";
    static final String DUE_DONE = "due-done";
    static final String DUE_OVERDUE = "due-overdue";
    static final String SIDE = "calendar-side";
    static final String POOL = "planner-pool";
    static final String CONFLICTS = "planner-conflicts";
    static final String CONFLICT_GROUP = "conflict-group";
    static final String CONFLICT_ROW = "conflict-row";

    static final Ikon PREVIOUS = MaterialDesignC.CHEVRON_LEFT;
    static final Ikon NEXT = MaterialDesignC.CHEVRON_RIGHT;
    static final Ikon TODAY = MaterialDesignC.CALENDAR_TODAY;
    static final Ikon LOCKED = MaterialDesignL.LOCK_OUTLINE;
    static final Ikon CONFLICT = AppIcon.CONFLICT;
}
