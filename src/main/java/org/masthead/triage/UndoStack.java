package org.masthead.triage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.masthead.model.SubmissionStatus;

/**
 * The reversible triage actions of one reviewer's session, newest first, for the U key: a
 * status change or an assignment, on one submission or a whole selection (one step). Undo
 * returns the step that reverses it; the caller applies it through the same service as any
 * other change (so it is logged with who acted), after checking with {@link Change#isCurrent}
 * that nobody changed the submission in between. Not thread-safe: it belongs to one view model.
 */
public final class UndoStack {

    public static final int DEFAULT_CAPACITY = 100;

    /** One submission's status and assignee (a reviewer id, null for nobody) before and after. */
    public record Change(long submissionId, SubmissionStatus statusBefore, SubmissionStatus statusAfter,
                         Long assigneeBefore, Long assigneeAfter) {
        public Change {
            Objects.requireNonNull(statusBefore, "statusBefore");
            Objects.requireNonNull(statusAfter, "statusAfter");
        }

        public static Change status(long submissionId, SubmissionStatus before, SubmissionStatus after, Long assignee) {
            return new Change(submissionId, before, after, assignee, assignee);
        }

        public static Change assignee(long submissionId, SubmissionStatus status, Long before, Long after) {
            return new Change(submissionId, status, status, before, after);
        }

        public Change inverse() {
            return new Change(submissionId, statusAfter, statusBefore, assigneeAfter, assigneeBefore);
        }

        public boolean changesAnything() {
            return statusBefore != statusAfter || !Objects.equals(assigneeBefore, assigneeAfter);
        }

        /** Whether the submission still stands as this change left it. */
        public boolean isCurrent(SubmissionStatus status, Long assignee) {
            return status == statusAfter && Objects.equals(assignee, assigneeAfter);
        }
    }

    /** What one key press (or one bulk action) did, e.g. "Decline 3 submissions". */
    public record Step(String label, List<Change> changes) {
        public Step {
            changes = List.copyOf(changes);
        }

        /** The changes that undo this step, last one first. */
        public Step inverse() {
            List<Change> out = new ArrayList<>();
            for (int i = changes.size() - 1; i >= 0; i--) out.add(changes.get(i).inverse());
            return new Step("Undo " + label, out);
        }
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final int capacity;

    public UndoStack(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException("undo capacity must be positive: " + capacity);
        this.capacity = capacity;
    }

    public UndoStack() {
        this(DEFAULT_CAPACITY);
    }

    /** Records a step; changes that change nothing are dropped, and a step of none is not recorded. */
    public void push(String label, List<Change> changes) {
        List<Change> real = changes.stream().filter(Change::changesAnything).toList();
        if (real.isEmpty()) return;
        steps.push(new Step(label, real));
        while (steps.size() > capacity) steps.removeLast();
    }

    /** Takes the newest step off the stack and returns what reverses it. */
    public Optional<Step> undo() {
        Step last = steps.poll();
        return last == null ? Optional.empty() : Optional.of(last.inverse());
    }

    /** The label of what U would undo, for the status bar: "Decline". */
    public Optional<String> nextUndoLabel() {
        return Optional.ofNullable(steps.peek()).map(Step::label);
    }

    public boolean canUndo() {
        return !steps.isEmpty();
    }

    public int size() {
        return steps.size();
    }
}
