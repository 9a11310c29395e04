package org.masthead.ui.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stretch of days the calendar shows: a month as six weeks, or one week; weeks start on
 * Monday. {@code anchor} is any day inside it.
 */
record CalendarPeriod(Mode mode, LocalDate anchor) {

    enum Mode { MONTH, WEEK }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static CalendarPeriod monthOf(LocalDate day) {
        return new CalendarPeriod(Mode.MONTH, day);
    }

    /** The first day shown: the Monday of the week that holds the month's first day, or of the anchor's week. */
    LocalDate first() {
        LocalDate d = mode == Mode.MONTH ? anchor.withDayOfMonth(1) : anchor;
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    int length() {
        return mode == Mode.MONTH ? 42 : 7;
    }

    LocalDate last() {
        return first().plusDays(length() - 1L);
    }

    List<LocalDate> days() {
        List<LocalDate> l = new ArrayList<>(length());
        LocalDate d = first();
        for (int i = 0; i < length(); i++) l.add(d.plusDays(i));
        return l;
    }

    boolean contains(LocalDate d) {
        return !d.isBefore(first()) && !d.isAfter(last());
    }

    /** True for the days of the month shown (the rest fill out its first and last week). */
    boolean isMain(LocalDate d) {
        return mode == Mode.WEEK || (d.getMonth() == anchor.getMonth() && d.getYear() == anchor.getYear());
    }

    CalendarPeriod next() {
        return new CalendarPeriod(mode, mode == Mode.MONTH ? anchor.withDayOfMonth(1).plusMonths(1) : anchor.plusWeeks(1));
    }

    CalendarPeriod previous() {
        return new CalendarPeriod(mode, mode == Mode.MONTH ? anchor.withDayOfMonth(1).minusMonths(1) : anchor.minusWeeks(1));
    }

    CalendarPeriod withMode(Mode m) {
        return new CalendarPeriod(m, anchor);
    }

    CalendarPeriod withAnchor(LocalDate d) {
        return new CalendarPeriod(mode, d);
    }

    /** "December 2026", or "30 Nov – 6 Dec 2026" for a week. */
    String title() {
        if (mode == Mode.MONTH) return MONTH.format(anchor);
        LocalDate a = first();
        LocalDate b = last();
        return (a.getYear() == b.getYear() ? DAY_MONTH.format(a) : DAY_MONTH_YEAR.format(a)) + " – " + DAY_MONTH_YEAR.format(b);
    }
}
