package org.masthead.model;

import java.util.Arrays;

/** Where a series stands as a whole. Its parts follow the article workflow on their own. */
public enum SeriesStatus {
    PLANNING("Planning"),
    RUNNING("Running"),
    FINISHED("Finished"),
    CANCELLED("Cancelled");

    private final String label;

    SeriesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static SeriesStatus ofKey(String key) {
        for (SeriesStatus s : values()) {
            if (s.key().equalsIgnoreCase(key)) return s;
        }
        throw new IllegalArgumentException("unknown series status '" + key + "'; one of " + Arrays.stream(values()).map(SeriesStatus::key).toList());
    }
}
