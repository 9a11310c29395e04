package org.masthead.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An instant together with the zone it was stated in. */
public record Stamp(Instant instant, ZoneId zone) {
    public Stamp {
        if (instant == null || zone == null) throw new IllegalArgumentException("stamp needs instant and zone");
    }

    public ZonedDateTime local() {
        return instant.atZone(zone);
    }
}
