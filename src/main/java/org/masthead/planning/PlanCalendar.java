package org.masthead.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * The plan as an iCalendar file (RFC 5545) that a calendar app can subscribe to: every
 * scheduled piece as a 30-minute event at its instant (in UTC), and every due date of a part as
 * an all-day event. UIDs are stable ("part-12-publish@masthead", "part-12-draft@masthead",
 * "article-7-publish@masthead"), so a re-exported file updates the events a calendar already
 * shows instead of duplicating them. Used by {@code masthead plan ics} and by the planner.
 */
public final class PlanCalendar {

    public static final String PRODID = "-//Masthead//Series planner//EN";
    /** How long a publication event lasts in the calendar: long enough to be seen. */
    public static final Duration PUBLICATION_LENGTH = Duration.ofMinutes(30);

    /** How many events a calendar holds. */
    public record Events(int publications, int dues) {
        public int total() {
            return publications + dues;
        }
    }

    private final SeriesStore series;
    private final PublicationStore publication;

    public PlanCalendar(SeriesStore series, PublicationStore publication) {
        this.series = series;
        this.publication = publication;
    }

    /** The plan as stored now: every series' parts and the stand-alone articles. */
    public Schedule schedule() {
        List<Plan> plans = series.allPlans().stream().map(Plan::of).toList();
        return Schedule.build(plans, series.standaloneArticles(), publication.get().defaultZone());
    }

    /**
     * Writes the stored plan to {@code target} through a temporary file in the same folder,
     * moved into place when complete, so a calendar app never reads half a file.
     *
     * @throws FileAlreadyExistsException if {@code target} exists and {@code replace} is false
     */
    public Events writeTo(Path target, boolean replace, Instant now) throws IOException {
        Path abs = target.toAbsolutePath();
        if (!replace && Files.exists(abs)) throw new FileAlreadyExistsException(abs.toString());
        String name = publication.get().name();
        Schedule s = schedule();
        Path tmp = Files.createTempFile(abs.getParent(), ".masthead-plan-", ".tmp");
        try {
            Events e;
            try (OutputStream o = Files.newOutputStream(tmp)) {
                e = write(name, s, now, o);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return e;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The iCalendar text of a schedule. */
    public static String ics(String calendarName, Schedule schedule, Instant stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(calendarName, schedule, stamp, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // not from a byte array
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a schedule as iCalendar (UTF-8, CRLF line ends, long lines folded).
     *
     * @param stamp the DTSTAMP of every event: when the file was made
     */
    public static Events write(String calendarName, Schedule schedule, Instant stamp, OutputStream out) throws IOException {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", calendarName));

        List<Piece> timed = new ArrayList<>(schedule.scheduled());
        timed.sort(Comparator.comparing(Piece::instant).thenComparing(PlanCalendar::publishUid));
        for (Piece p : timed) cal.add(publication(p, stamp));

        // Every part's dues, scheduled or still in the pool.
        List<VEvent> dues = new ArrayList<>();
        record Due(Piece piece, Piece.Due due) {
        }
        List<Due> all = new ArrayList<>();
        for (Piece p : schedule.pieces()) {
            if (p.isPart()) for (Piece.Due d : p.dues()) all.add(new Due(p, d));
        }
        all.sort(Comparator.comparing((Due d) -> d.due().date()).thenComparing(d -> dueUid(d.piece(), d.due())));
        for (Due d : all) dues.add(due(d.piece(), d.due(), stamp));
        dues.forEach(cal::add);

        // RFC 5545 wants at least one component; an empty plan is still written, unchecked.
        boolean validate = !timed.isEmpty() || !dues.isEmpty();
        try {
            new CalendarOutputter(validate).output(cal, out);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar could not be written: " + e.getMessage(), e);
        }
        return new Events(timed.size(), dues.size());
    }

    /** "part-12-publish@masthead", or "article-7-publish@masthead" for a stand-alone article. */
    public static String publishUid(Piece p) {
        return (p.isPart() ? "part-" + p.partId() : "article-" + p.articleId()) + "-publish@masthead";
    }

    /** "part-12-draft@masthead". */
    public static String dueUid(Piece p, Piece.Due d) {
        return "part-" + p.partId() + "-" + d.kind().name().toLowerCase(java.util.Locale.ROOT) + "@masthead";
    }

    private static VEvent publication(Piece p, Instant stamp) {
        VEvent e = new VEvent(false); // no generated DTSTAMP or UID: both are ours
        e.add(new Uid(publishUid(p)));
        e.add(new DtStamp(stamp));
        e.add(new DtStart<>(p.instant()));
        e.add(new net.fortuna.ical4j.model.property.Duration(PUBLICATION_LENGTH));
        e.add(new Summary(p.label()));
        e.add(new Description(describe(p, (p.locked() ? "Published" : "Publication") + " " + p.time().local().toString().replace('T', ' ')
                + " " + p.time().zone().getId())));
        return e;
    }

    private static VEvent due(Piece p, Piece.Due d, Instant stamp) {
        VEvent e = new VEvent(false);
        e.add(new Uid(dueUid(p, d)));
        e.add(new DtStamp(stamp));
        e.add(new DtStart<>(d.date()));
        e.add(new DtEnd<>(d.date().plusDays(1))); // all day: the end date is exclusive
        e.add(new Summary(d.kind().label() + " due: " + p.label()));
        e.add(new Description(describe(p, d.kind().label() + " due " + d.date() + (d.done() ? " (done)" : ""))));
        return e;
    }

    private static String describe(Piece p, String when) {
        StringBuilder b = new StringBuilder("Status: ").append(p.statusLabel());
        if (!p.author().isBlank()) b.append("\nAuthor: ").append(p.author());
        b.append('\n').append(when);
        return b.toString();
    }
}
