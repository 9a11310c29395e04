package org.masthead.model;

import java.time.ZoneId;
import java.util.List;

/** The time zones an editor can choose from. */
public final class Zones {

    private Zones() {
    }

    /**
     * Every region zone id, sorted. Libraries may register zone providers of their own (ical4j
     * adds hundreds of ids like {@code ical4j~5f0c…} for its internal use); those are left out.
     */
    public static List<String> selectable() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.indexOf('~') < 0).sorted().toList();
    }
}
