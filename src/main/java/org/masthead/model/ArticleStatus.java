package org.masthead.model;

import java.util.List;

/**
 * The one workflow every article follows: idea → draft → editing → with author → ready →
 * scheduled → published, or it ends spiked (dropped before publication) or withdrawn (taken
 * down after publication, with a public notice). Series parts and submissions map onto it.
 */
public enum ArticleStatus {
    IDEA("Idea"),
    DRAFT("Draft"),
    EDITING("Editing"),
    WITH_AUTHOR("With author"),
    READY("Ready"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    SPIKED("Spiked"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name used in files, JSON and the CLI, e.g. {@code with-author}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static ArticleStatus ofKey(String key) {
        for (ArticleStatus s : values()) {
            if (s.key().equals(key) || s.name().equalsIgnoreCase(key)) return s;
        }
        throw new IllegalArgumentException("unknown status '" + key + "'; one of " + keys());
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(ArticleStatus::key).toList();
    }

    public boolean isBeforePublication() {
        return ordinal() <= SCHEDULED.ordinal();
    }

    /**
     * Statuses an editor can move to by hand; scheduling, publishing and withdrawing are steps
     * of their own on {@link Article}.
     */
    public List<ArticleStatus> manualNext() {
        return switch (this) {
            case IDEA -> List.of(DRAFT, SPIKED);
            case DRAFT -> List.of(EDITING, WITH_AUTHOR, READY, IDEA, SPIKED);
            case EDITING -> List.of(WITH_AUTHOR, READY, DRAFT, SPIKED);
            case WITH_AUTHOR -> List.of(EDITING, READY, SPIKED);
            case READY -> List.of(EDITING, WITH_AUTHOR, SPIKED);
            case SCHEDULED -> List.of(READY, SPIKED);
            case PUBLISHED -> List.of();
            case SPIKED -> List.of(DRAFT);
            case WITHDRAWN -> List.of();
        };
    }
}
