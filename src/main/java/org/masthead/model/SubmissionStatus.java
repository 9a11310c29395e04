package org.masthead.model;

import java.util.Arrays;
import java.util.List;

/**
 * Where a submission stands in triage: new → in review → shortlisted → accepted (in principle,
 * subject to edits and the author's approval) / declined / revise-and-resubmit, then converted
 * into an article draft; withdrawn (by its author) from any state. Converting maps a submission
 * onto the one article workflow: the draft it becomes carries on from there.
 */
public enum SubmissionStatus {
    NEW("New", "new"),
    IN_REVIEW("In review", "in-review"),
    SHORTLISTED("Shortlisted", "shortlisted"),
    ACCEPTED("Accepted", "accepted"),
    DECLINED("Declined", "declined"),
    REVISE("Revise and resubmit", "revise"),
    WITHDRAWN("Withdrawn", "withdrawn"),
    CONVERTED("Converted", "converted");

    private final String label;
    private final String key;

    SubmissionStatus(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The spelling used in the database, JSON and the CLI, e.g. {@code in-review}. */
    public String key() {
        return key;
    }

    public static SubmissionStatus ofKey(String key) {
        for (SubmissionStatus s : values()) {
            if (s.key.equals(key) || s.name().equalsIgnoreCase(key)) return s;
        }
        throw new IllegalArgumentException("unknown status '" + key + "'; one of " + String.join(", ", keys()));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SubmissionStatus::key).toList();
    }

    /** Whether the triage workflow allows a move from this status to {@code next}: anything but out of converted. */
    public boolean canMoveTo(SubmissionStatus next) {
        return this != CONVERTED && next != this;
    }

    /** Still waiting for a decision: counted for deadlines. */
    public boolean isOpen() {
        return this == NEW || this == IN_REVIEW || this == SHORTLISTED;
    }
}
