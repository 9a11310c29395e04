package org.masthead.ui.planner;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.masthead.model.Cadence;
import org.masthead.model.Series;
import org.masthead.model.SeriesStatus;
import org.masthead.planning.NoteTemplate;

/**
 * The series dialog's form, without a display: what it shows for a series, and the series it
 * makes of what was typed, or why it can't (an IllegalArgumentException whose message says
 * what to fix).
 */
public final class SeriesForm {

    /** The placeholders the note template understands, for the dialog's hint. */
    public static final String PLACEHOLDER_HINT = "{part} 2 · {ordinal} 2nd · {count} 4 · {count:article} 4 articles · "
            + "{series} title · {topic} topic";

    /** The form's values as typed. {@code parts} only counts for a new series. */
    public record Fields(String title, String topic, String description, String parts, Cadence.Unit unit, String interval,
                         DayOfWeek weekday, String time, String zone, String owner, SeriesStatus status, String template) {

        public static Fields of(Series s, int parts) {
            Cadence c = s.cadence();
            return new Fields(s.title(), s.topic(), s.description(), Integer.toString(parts), c.unit(), Integer.toString(c.interval()),
                    c.day(), c.time().toString(), c.zone().getId(), s.owner(), s.status(), s.noteTemplate());
        }

        /** A new series: weekly on Tuesday at 15:40 in the publication's zone, four parts. */
        public static Fields blank(ZoneId zone) {
            Cadence c = Cadence.WEEKLY_DEFAULT;
            return new Fields("", "", "", "4", c.unit(), "1", c.day(), c.time().toString(), zone.getId(), "", SeriesStatus.PLANNING,
                    Series.DEFAULT_NOTE);
        }
    }

    private SeriesForm() {
    }

    /** The series the form describes, on top of {@code base} (its id and times are kept). */
    public static Series parse(Fields f, Series base) {
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty()) throw new IllegalArgumentException("The series needs a title.");
        Cadence cadence = cadence(f);
        return base.withTitle(title).withTopic(f.topic()).withDescription(f.description()).withCadence(cadence).withOwner(f.owner())
                .withStatus(f.status() == null ? SeriesStatus.PLANNING : f.status())
                .withNoteTemplate(f.template() == null || f.template().isBlank() ? Series.DEFAULT_NOTE : f.template());
    }

    /** A new series from the form, with its planned parts. */
    public static Series parseNew(Fields f, Instant now) {
        int parts = parts(f);
        return parse(f, Series.create("-", "", parts, Cadence.WEEKLY_DEFAULT, now));
    }

    /** Throws what {@link #parse} or {@link #parseNew} would throw for these values. */
    public static void check(Fields f, boolean isNew) {
        if (isNew) parseNew(f, Instant.EPOCH); else parse(f, Series.create("-", "", 1, Cadence.WEEKLY_DEFAULT, Instant.EPOCH));
    }

    /** The number of parts of a new series: 1 to 99. */
    public static int parts(Fields f) {
        int n = number(f.parts(), "The number of parts");
        if (n < 1 || n > 99) throw new IllegalArgumentException("A series has 1 to 99 parts, not " + n + ".");
        return n;
    }

    public static Cadence cadence(Fields f) {
        int interval = number(f.interval(), "The interval");
        Cadence.Unit unit = f.unit() == null ? Cadence.Unit.WEEK : f.unit();
        if (interval < 1 || interval > 52) {
            throw new IllegalArgumentException("The series repeats every 1 to 52 " + unit.name().toLowerCase() + "s, not " + interval + ".");
        }
        return new Cadence(unit, interval, f.weekday(), time(f.time()), zone(f.zone()));
    }

    /** "15:40" or "9:05"; anything else is refused with an example. */
    public static LocalTime time(String s) {
        String t = s == null ? "" : s.strip();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d is not a time of day; write it as HH:MM, e.g. 15:40.");
        }
    }

    public static ZoneId zone(String s) {
        String t = s == null ? "" : s.strip();
        try {
            return ZoneId.of(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d is not a time zone (use a name like Asia/Shanghai or Europe/Paris).");
        }
    }

    private static int number(String s, String what) {
        String t = s == null ? "" : s.strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not \u201c" + t + "\u201d.");
        }
    }

    /**
     * The editor's note of part 2 (part 1 of a one-part series) as the template renders it, for
     * the dialog's live preview; {@code count} is used when the form's own count does not parse.
     */
    public static String preview(Fields f, int count) {
        int n = count;
        try {
            n = parts(f);
        } catch (IllegalArgumentException e) {
            // keep the count given
        }
        String template = f.template() == null || f.template().isBlank() ? Series.DEFAULT_NOTE : f.template();
        String title = f.title() == null || f.title().isBlank() ? "(title)" : f.title().strip();
        String topic = f.topic() == null || f.topic().isBlank() ? "(topic)" : f.topic().strip();
        return NoteTemplate.render(template, Math.min(2, Math.max(1, n)), Math.max(1, n), title, topic);
    }
}
