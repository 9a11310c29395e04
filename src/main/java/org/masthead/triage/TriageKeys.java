package org.masthead.triage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.masthead.model.SubmissionStatus;

/**
 * The single keys of keyboard triage in the inbox list, so a reviewer gets through a full inbox
 * without opening each item: J next, K previous, S shortlist, R revise, D decline, A accept,
 * E assign to me, U undo, / search. This is the mapping and the status each key moves to; the
 * list view binds it, and it is tested here without a display.
 *
 * <p><b>Nothing that writes to an author is on a single key.</b> A, D and R change the
 * submission's status and nothing else: every one of them can be undone with U. The letter
 * that tells the author (accept, decline, revise) is a separate command that opens the reply
 * preview and sends only when the reviewer confirms it there; "decline without reply" is a
 * choice in that same step. The view passes only keys typed without Ctrl, Alt or Meta, so
 * shortcuts such as Ctrl+A keep their usual meaning.
 */
public final class TriageKeys {

    /** What a key does; {@link #target()} is the status a status key moves to. */
    public enum Action {
        NEXT("J", "Next", null),
        PREVIOUS("K", "Previous", null),
        SHORTLIST("S", "Shortlist", SubmissionStatus.SHORTLISTED),
        REVISE("R", "Revise and resubmit", SubmissionStatus.REVISE),
        DECLINE("D", "Decline", SubmissionStatus.DECLINED),
        ACCEPT("A", "Accept in principle", SubmissionStatus.ACCEPTED),
        ASSIGN_TO_ME("E", "Assign to me", null),
        UNDO("U", "Undo", null),
        SEARCH("/", "Search", null);

        private final String key;
        private final String label;
        private final SubmissionStatus target;

        Action(String key, String label, SubmissionStatus target) {
            this.key = key;
            this.label = label;
            this.target = target;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public Optional<SubmissionStatus> target() {
            return Optional.ofNullable(target);
        }

        /** Whether the action changes a submission (and so goes on the undo stack). */
        public boolean changesSubmission() {
            return target != null || this == ASSIGN_TO_ME;
        }
    }

    private TriageKeys() {
    }

    /** The action of a typed key ("j" or "J"), or empty for any other text. */
    public static Optional<Action> actionFor(String typed) {
        if (typed == null || typed.length() != 1) return Optional.empty();
        String k = typed.toUpperCase(Locale.ROOT);
        return Arrays.stream(Action.values()).filter(a -> a.key.equals(k)).findFirst();
    }

    /**
     * The status {@code action} moves a submission in {@code current} to; empty when the action
     * is not a status move, the submission is already there, or the workflow forbids the move
     * (nothing moves out of converted).
     */
    public static Optional<SubmissionStatus> move(Action action, SubmissionStatus current) {
        return action.target().filter(current::canMoveTo);
    }
}
