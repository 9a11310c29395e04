package org.masthead.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "This week": what comes up in the next days — publication times and due dates — and what is
 * already late (a due date passed with its stage not done, a publication time passed without
 * publication), in the publication's zone.
 */
public final class Agenda {

    /** What happens on the day. */
    public enum Kind {
        PUBLICATION("Out"), PITCH("Pitch due"), DRAFT("Draft due"), EDIT("Edit due");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One line of the agenda.
     *
     * @param at        the publication instant, or {@code null} for a due date
     * @param overdue   late already: before today, or a publication time passed
     * @param conflicts the piece's conflicts
     */
    public record Item(LocalDate day, Instant at, Kind kind, Piece piece, boolean overdue, List<Conflict> conflicts) {
        public Item {
            conflicts = List.copyOf(conflicts);
        }
    }

    private Agenda() {
    }

    /** Everything late first, then the items from today for {@code days} days, in order of time. */
    public static List<Item> upcoming(Schedule schedule, Conflicts.Report report, ZoneId zone, Instant now, int days) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate end = today.plusDays(days);
        List<Item> out = new ArrayList<>();
        for (Piece p : schedule.pieces()) {
            List<Conflict> cs = report.of(p.key());
            if (p.time() != null && !p.locked()) {
                Instant at = p.instant();
                LocalDate day = LocalDate.ofInstant(at, zone);
                boolean late = at.isBefore(now);
                if (late || day.isBefore(end)) out.add(new Item(day, at, Kind.PUBLICATION, p, late, cs));
            }
            for (Piece.Due d : p.dues()) {
                if (d.done()) continue;
                boolean late = d.date().isBefore(today);
                if (late || d.date().isBefore(end)) out.add(new Item(d.date(), null, Kind.valueOf(d.kind().name()), p, late, cs));
            }
        }
        out.sort(Comparator.comparing((Item i) -> !i.overdue()).thenComparing(Item::day)
                .thenComparing(i -> i.at() == null ? Instant.MIN : i.at())
                .thenComparing(i -> i.piece().label()));
        return out;
    }
}
