package org.masthead.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How often a series appears: every {@code interval} days, or every {@code interval} weeks on
 * a weekday, at a wall-clock time in a zone — e.g. weekly on Tuesday 15:40 in Asia/Shanghai.
 */
public record Cadence(Unit unit, int interval, DayOfWeek day, LocalTime time, ZoneId zone) {

    public enum Unit { DAY, WEEK }

    public static final Cadence WEEKLY_DEFAULT = new Cadence(Unit.WEEK, 1, DayOfWeek.TUESDAY, LocalTime.of(15, 40),
            ZoneId.of("Asia/Shanghai"));

    public Cadence {
        if (unit == null) unit = Unit.WEEK;
        if (interval < 1 || interval > 52) throw new IllegalArgumentException("a cadence repeats every 1 to 52 " + unit.name().toLowerCase() + "s");
        if (day == null) day = DayOfWeek.TUESDAY;
        if (time == null || zone == null) throw new IllegalArgumentException("a cadence needs a time and a zone");
        time = time.withSecond(0).withNano(0);
    }

    public static Cadence weekly(DayOfWeek day, LocalTime time, ZoneId zone) {
        return new Cadence(Unit.WEEK, 1, day, time, zone);
    }

    /**
     * The first occurrence strictly after {@code after}, as a planned time. Occurrences are
     * counted from the first one after {@code anchor}'s date, so "every 2 weeks" keeps its rhythm.
     */
    public PlannedTime firstAfter(Instant after) {
        LocalDate d = LocalDateTime.ofInstant(after, zone).toLocalDate();
        if (unit == Unit.WEEK) {
            while (d.getDayOfWeek() != day) d = d.plusDays(1);
        }
        PlannedTime p = new PlannedTime(d.atTime(time), zone);
        while (!p.instant().isAfter(after)) p = next(p);
        return p;
    }

    /** The occurrence after {@code p}. */
    public PlannedTime next(PlannedTime p) {
        LocalDate d = p.local().toLocalDate();
        return new PlannedTime((unit == Unit.DAY ? d.plusDays(interval) : d.plusWeeks(interval)).atTime(time), zone);
    }

    /** "weekly on Tuesday at 15:40 (Asia/Shanghai)", "every 2 days at 09:00 (UTC)". */
    public String describe() {
        String dayName = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String every = switch (unit) {
            case DAY -> interval == 1 ? "daily" : "every " + interval + " days";
            case WEEK -> (interval == 1 ? "weekly" : interval == 2 ? "fortnightly" : "every " + interval + " weeks") + " on " + dayName;
        };
        return every + " at " + time + " (" + zone.getId() + ")";
    }
}
