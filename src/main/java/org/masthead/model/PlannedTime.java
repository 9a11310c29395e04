package org.masthead.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * A publication time as an editor states it: a wall-clock time in a zone. It is kept as the
 * local time, not as an instant, so that a time that does not exist in its zone (skipped by a
 * daylight-saving change) or exists twice (repeated by one) can be noticed and flagged.
 */
public record PlannedTime(LocalDateTime local, ZoneId zone) {

    public PlannedTime {
        if (local == null || zone == null) throw new IllegalArgumentException("a planned time needs a date, a time and a zone");
        local = local.withSecond(0).withNano(0);
    }

    public static PlannedTime of(Instant at, ZoneId zone) {
        return new PlannedTime(LocalDateTime.ofInstant(at, zone), zone);
    }

    /**
     * The instant it stands for. A skipped time is moved forward by the length of the gap and
     * a repeated one takes the earlier offset (java.time's rules); both are flagged by the
     * planner's conflict check.
     */
    public Instant instant() {
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /** True when the clocks skip over this time (e.g. 02:30 on a spring-forward night). */
    public boolean isSkipped() {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        return t != null && t.isGap();
    }

    /** True when this time happens twice (e.g. 01:30 on a fall-back night). */
    public boolean isRepeated() {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        return t != null && t.isOverlap();
    }
}
