package org.masthead.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a schedule for everything an editor must know about: two pieces in one slot, more
 * pieces than slots on a day, part N before part N−1, a due date after the publication date, a
 * publication time already past but not published, a time that does not exist or exists twice
 * in its zone, an author with two pieces due the same day, a time before the embargo, and
 * overdue due dates. One pass over the pieces with hash maps: linear in their number.
 */
public final class Conflicts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    /** The conflicts found, all of them and by piece. */
    public record Report(List<Conflict> all, Map<String, List<Conflict>> byPiece) {

        public List<Conflict> of(String pieceKey) {
            return byPiece.getOrDefault(pieceKey, List.of());
        }

        public boolean has(String pieceKey, Conflict.Kind kind) {
            return of(pieceKey).stream().anyMatch(c -> c.kind() == kind);
        }

        public long count(Conflict.Kind kind) {
            return all.stream().filter(c -> c.kind() == kind).count();
        }
    }

    private Conflicts() {
    }

    public static Report check(Schedule schedule, Slots slots, Instant now) {
        List<Conflict> out = new ArrayList<>();
        ZoneId pubZone = slots.zone();
        LocalDate today = LocalDate.ofInstant(now, pubZone);
        Map<Instant, List<Piece>> bySlot = new HashMap<>();
        Map<LocalDate, List<Piece>> byDay = new HashMap<>();
        Map<Long, List<Piece>> bySeries = new HashMap<>();
        Map<String, List<Piece>> byAuthorDay = new HashMap<>();

        for (Piece p : schedule.pieces()) {
            if (p.isPart()) bySeries.computeIfAbsent(p.seriesId(), k -> new ArrayList<>()).add(p);
            for (Piece.Due d : p.dues()) {
                if (d.done()) continue;
                if (d.date().isBefore(today)) {
                    out.add(new Conflict(Conflict.Kind.OVERDUE, List.of(p.key()),
                            d.kind().label() + " of " + p.label() + " was due " + DAY.format(d.date())));
                }
                if (!p.author().isBlank()) {
                    String k = p.author().toLowerCase(Locale.ROOT) + "|" + d.date();
                    List<Piece> l = byAuthorDay.computeIfAbsent(k, x -> new ArrayList<>(2));
                    if (!l.contains(p)) l.add(p);
                }
            }
            if (p.time() == null) continue;
            Instant at = p.instant();
            bySlot.computeIfAbsent(at, k -> new ArrayList<>(2)).add(p);
            byDay.computeIfAbsent(LocalDate.ofInstant(at, pubZone), k -> new ArrayList<>(2)).add(p);
            if (p.locked()) continue;
            LocalDate pubDate = p.time().local().toLocalDate();
            for (Piece.Due d : p.dues()) {
                if (d.date().isAfter(pubDate)) {
                    out.add(new Conflict(Conflict.Kind.DUE_AFTER_PUBLICATION, List.of(p.key()),
                            d.kind().label() + " of " + p.label() + " is due " + DAY.format(d.date()) + ", after its publication on "
                                    + DAY.format(pubDate)));
                }
            }
            if (at.isBefore(now)) {
                out.add(new Conflict(Conflict.Kind.NOT_PUBLISHED, List.of(p.key()),
                        p.label() + " was due out " + TIME.format(p.time().local()) + " and is not published"
                                + (p.articleStatus() == org.masthead.model.ArticleStatus.SCHEDULED ? "" : " (" + p.statusLabel().toLowerCase(Locale.ROOT) + ")")));
            }
            if (p.time().isSkipped()) {
                out.add(new Conflict(Conflict.Kind.TIME_SKIPPED, List.of(p.key()),
                        TIME.format(p.time().local()) + " does not exist in " + p.time().zone().getId()
                                + " (the clocks skip it); " + p.label() + " would go out at " + TIME.format(at.atZone(p.time().zone()))));
            } else if (p.time().isRepeated()) {
                out.add(new Conflict(Conflict.Kind.TIME_REPEATED, List.of(p.key()),
                        TIME.format(p.time().local()) + " happens twice in " + p.time().zone().getId() + " (the clocks go back); "
                                + p.label() + " is set for the first"));
            }
            if (p.embargo() != null && at.isBefore(p.embargo())) {
                out.add(new Conflict(Conflict.Kind.BEFORE_EMBARGO, List.of(p.key()),
                        p.label() + " is set before its embargo ends (" + TIME.format(p.embargo().atZone(pubZone)) + ")"));
            }
        }
        for (Map.Entry<Instant, List<Piece>> e : bySlot.entrySet()) {
            List<Piece> l = e.getValue();
            if (l.size() > 1 && !allLocked(l)) {
                out.add(new Conflict(Conflict.Kind.SLOT_TAKEN, keys(l), l.size() + " pieces in the slot " + TIME.format(e.getKey().atZone(pubZone))
                        + ": " + String.join("; ", l.stream().map(Piece::label).toList())));
            }
        }
        for (Map.Entry<LocalDate, List<Piece>> e : byDay.entrySet()) {
            List<Piece> l = e.getValue();
            if (l.size() > slots.perDay() && !allLocked(l)) {
                out.add(new Conflict(Conflict.Kind.DAY_FULL, keys(l), l.size() + " pieces on " + DAY.format(e.getKey()) + ", which has "
                        + English.count(slots.perDay(), "slot")));
            }
        }
        for (List<Piece> parts : bySeries.values()) {
            parts.sort(Comparator.comparingInt(Piece::number));
            Piece prev = null;
            for (Piece p : parts) {
                if (p.time() == null) continue;
                if (prev != null && p.instant().isBefore(prev.instant()) && !(p.locked() && prev.locked())) {
                    out.add(new Conflict(Conflict.Kind.OUT_OF_ORDER, List.of(p.key(), prev.key()),
                            "Part " + p.number() + " of " + p.seriesTitle() + " is set before part " + prev.number()));
                }
                if (prev == null || !p.instant().isBefore(prev.instant())) prev = p;
            }
        }
        for (Map.Entry<String, List<Piece>> e : byAuthorDay.entrySet()) {
            List<Piece> l = e.getValue();
            if (l.size() > 1) {
                String day = e.getKey().substring(e.getKey().lastIndexOf('|') + 1);
                out.add(new Conflict(Conflict.Kind.AUTHOR_BUSY, keys(l), l.get(0).author() + " has " + l.size() + " pieces due on "
                        + DAY.format(LocalDate.parse(day)) + ": " + String.join("; ", l.stream().map(Piece::label).toList())));
            }
        }
        Map<String, List<Conflict>> byPiece = new LinkedHashMap<>();
        for (Conflict c : out) {
            for (String k : c.pieces()) byPiece.computeIfAbsent(k, x -> new ArrayList<>(2)).add(c);
        }
        return new Report(Collections.unmodifiableList(out), Collections.unmodifiableMap(byPiece));
    }

    private static boolean allLocked(List<Piece> l) {
        for (Piece p : l) if (!p.locked()) return false;
        return true;
    }

    private static List<String> keys(List<Piece> l) {
        return l.stream().map(Piece::key).toList();
    }
}
