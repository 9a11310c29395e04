package org.masthead.planning;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The publication's daily slots: the wall-clock times, in the publication's zone, at which a
 * piece can go out. Their number is how many pieces a day holds.
 */
public record Slots(List<LocalTime> times, ZoneId zone) {

    /** The setting key under which the slot times are stored, e.g. {@code 08:00,15:40}. */
    public static final String SETTING = "planner.slots";

    public static final List<LocalTime> DEFAULT_TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(15, 40));

    public Slots {
        if (times == null || times.isEmpty()) throw new IllegalArgumentException("a day needs at least one publication slot");
        times = List.copyOf(new TreeSet<>(times));
        if (zone == null) throw new IllegalArgumentException("slots need a zone");
    }

    public int perDay() {
        return times.size();
    }

    /** Reads "08:00, 15:40"; a clear message for anything else. */
    public static Slots parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) return new Slots(DEFAULT_TIMES, zone);
        List<LocalTime> l = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) continue;
            try {
                l.add(LocalTime.parse(part.length() == 4 ? "0" + part : part));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + part + "\" is not a time of day; write slots as HH:MM, separated by commas");
            }
        }
        if (l.size() > 24) throw new IllegalArgumentException("at most 24 slots a day");
        return new Slots(l, zone);
    }

    public String format() {
        return String.join(", ", times.stream().map(LocalTime::toString).toList());
    }
}
