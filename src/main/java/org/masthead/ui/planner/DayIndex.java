package org.masthead.ui.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.planning.Piece;
import org.masthead.planning.Schedule;

/**
 * The schedule by day, built once per schedule: the pieces going out on each day (by their
 * publication instant in the publication's zone, in time order) and the due dates falling on
 * it. A day cell then reads its own lists instead of scanning every piece.
 */
final class DayIndex {

    /** One due date of a piece, as the calendar's due lane shows it. */
    record DueItem(Piece piece, Piece.Due due) {
        String text() {
            return due.kind().label() + " due: " + ChipFactory.shortLabel(piece);
        }
    }

    private final Map<LocalDate, List<Piece>> publishing = new HashMap<>();
    private final Map<LocalDate, List<DueItem>> dues = new HashMap<>();
    private final ZoneId zone;

    private DayIndex(ZoneId zone) {
        this.zone = zone;
    }

    static DayIndex of(Schedule schedule, ZoneId zone) {
        DayIndex ix = new DayIndex(zone);
        for (Piece p : schedule.pieces()) {
            if (p.time() != null) ix.publishing.computeIfAbsent(ix.dayOf(p), k -> new ArrayList<>(2)).add(p);
            for (Piece.Due d : p.dues()) ix.dues.computeIfAbsent(d.date(), k -> new ArrayList<>(2)).add(new DueItem(p, d));
        }
        Comparator<Piece> byTime = Comparator.comparing(Piece::instant);
        for (List<Piece> l : ix.publishing.values()) l.sort(byTime.thenComparing(Piece::label));
        for (List<DueItem> l : ix.dues.values()) l.sort(Comparator.comparing((DueItem d) -> d.due().kind()).thenComparing(d -> d.piece().label()));
        return ix;
    }

    /** The day a scheduled piece goes out, in the publication's zone. */
    LocalDate dayOf(Piece p) {
        return LocalDate.ofInstant(p.instant(), zone);
    }

    ZoneId zone() {
        return zone;
    }

    List<Piece> publishing(LocalDate day) {
        return publishing.getOrDefault(day, List.of());
    }

    List<DueItem> dues(LocalDate day) {
        return dues.getOrDefault(day, List.of());
    }
}
