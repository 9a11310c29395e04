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
    private final String key;

    ArticleStatus(String label) {
        this.label = label;
        this.key = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** The name used in files, JSON and the CLI, e.g. {@code with-author}. */
    public String key() {
        return key;
    }

    private static final java.util.Map<String, ArticleStatus> BY_KEY = new java.util.HashMap<>();

    static {
        for (ArticleStatus s : values()) BY_KEY.put(s.key, s);
    }

    public static ArticleStatus ofKey(String key) {
        ArticleStatus known = key == null ? null : BY_KEY.get(key);
        if (known != null) return known;
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
