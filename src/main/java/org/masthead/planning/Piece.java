package org.masthead.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.ArticleStatus;
import org.masthead.model.PlannedTime;

/**
 * One thing on the calendar: a stand-alone article or a series part, with its publication
 * time (if any) and its due dates.
 *
 * @param key     "a:ID" for a stand-alone article, "p:ID" for a series part
 * @param number  the part's number in its series (0 for an article)
 * @param time    the publication time, or {@code null} while in the unscheduled pool
 * @param locked  published: its time is history and cannot be moved
 */
public record Piece(String key, long articleId, long partId, long seriesId, String seriesTitle, int number, int count,
                    String title, String author, PlannedTime time, boolean locked, Instant embargo, ArticleStatus articleStatus,
                    String statusLabel, List<Due> dues) {

    /** A due date of a part and whether its stage is done. */
    public record Due(Kind kind, LocalDate date, boolean done) {
        public enum Kind {
            PITCH("Pitch"), DRAFT("Draft"), EDIT("Edit");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }
    }

    public Piece {
        dues = List.copyOf(dues == null ? List.of() : dues);
    }

    public boolean isPart() {
        return partId != 0;
    }

    public Instant instant() {
        return time == null ? null : time.instant();
    }

    /** "Series title — Part 2 of 4: Title", or the article's title. */
    public String label() {
        String t = title.isBlank() ? "(untitled)" : title;
        return isPart() ? seriesTitle + " — Part " + number + " of " + count + ": " + t : t;
    }

    public Piece withTime(PlannedTime t) {
        return new Piece(key, articleId, partId, seriesId, seriesTitle, number, count, title, author, t, locked, embargo, articleStatus,
                statusLabel, dues);
    }

    static List<Due> dues(org.masthead.model.SeriesPart p, ArticleStatus a) {
        List<Due> l = new ArrayList<>(3);
        boolean pitched = p.stage() != org.masthead.model.PartStage.PLANNED || a != null;
        boolean drafted = a != null && a != ArticleStatus.IDEA && a != ArticleStatus.DRAFT;
        boolean edited = a != null && (a == ArticleStatus.READY || a == ArticleStatus.SCHEDULED || a == ArticleStatus.PUBLISHED);
        if (p.pitchDue() != null) l.add(new Due(Due.Kind.PITCH, p.pitchDue(), pitched));
        if (p.draftDue() != null) l.add(new Due(Due.Kind.DRAFT, p.draftDue(), drafted));
        if (p.editDue() != null) l.add(new Due(Due.Kind.EDIT, p.editDue(), edited));
        return l;
    }
}
