package org.masthead.planning;

import java.util.List;

/** Something wrong with the schedule, and the pieces it concerns (by {@link Piece#key()}). */
public record Conflict(Kind kind, List<String> pieces, String message) {

    public enum Kind {
        SLOT_TAKEN("Two pieces in one slot"),
        DAY_FULL("More pieces than slots that day"),
        OUT_OF_ORDER("Parts out of order"),
        DUE_AFTER_PUBLICATION("Due after publication"),
        NOT_PUBLISHED("Time passed, not published"),
        TIME_SKIPPED("Time does not exist"),
        TIME_REPEATED("Time happens twice"),
        AUTHOR_BUSY("Author has two pieces due"),
        BEFORE_EMBARGO("Before the embargo"),
        OVERDUE("Overdue");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public Conflict {
        pieces = List.copyOf(pieces);
    }
}
