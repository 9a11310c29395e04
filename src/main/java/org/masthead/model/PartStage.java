package org.masthead.model;

/**
 * The planner's own state of a part, which only matters while the part has no article (or is
 * dropped): once an article exists, the part's status is the article's workflow status.
 */
public enum PartStage {
    /** Planned: a slot in the series, nobody asked to write it yet. */
    PLANNED("Planned"),
    /** Commissioned: an author has agreed to write it. */
    COMMISSIONED("Commissioned"),
    /** Dropped from the series: it keeps its place in the board but has no number. */
    DROPPED("Dropped");

    private final String label;

    PartStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static PartStage ofKey(String key) {
        for (PartStage s : values()) {
            if (s.key().equalsIgnoreCase(key)) return s;
        }
        throw new IllegalArgumentException("unknown part stage '" + key + "'");
    }
}
