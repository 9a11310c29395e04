package org.masthead.ui.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.TriageKeys;
import org.masthead.triage.UndoStack;

/**
 * The triage writes of the inbox list: single keys on the selection, bulk actions and undo.
 * Every write runs on the worker with who is acting; the rows shown are patched in place, so
 * an item does not jump out of a filtered list while the reviewer works through it (the next
 * reload settles it). Status moves and assignments go on the {@link UndoStack}; an undo is
 * applied only to submissions still standing as the step left them.
 */
public final class TriageCommands {

    /** What the view must do after a key: move the selection or focus the search; NONE when handled or ignored. */
    public enum Navigation { NONE, NEXT, PREVIOUS, SEARCH }

    private final InboxModel model;
    private final SubmissionStore store;
    private final UndoStack undo = new UndoStack();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");

    public TriageCommands(InboxModel model) {
        this.model = model;
        this.store = model.store();
    }

    /** "Undo Decline" or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    /**
     * A key typed in the list. Only single keys without Ctrl, Alt or Meta are triage keys, so
     * shortcuts keep their meaning; none of them writes to an author.
     *
     * @return what the view has to do itself (move, focus the search); empty for a key that is not a triage key
     */
    public Optional<Navigation> key(String typed, boolean modifiers, List<Long> selection) {
        if (modifiers) return Optional.empty();
        Optional<TriageKeys.Action> a = TriageKeys.actionFor(typed);
        if (a.isEmpty()) return Optional.empty();
        switch (a.get()) {
            case NEXT: return Optional.of(Navigation.NEXT);
            case PREVIOUS: return Optional.of(Navigation.PREVIOUS);
            case SEARCH: return Optional.of(Navigation.SEARCH);
            case UNDO:
                undo();
                return Optional.of(Navigation.NONE);
            case ASSIGN_TO_ME:
                model.requireActor().ifPresent(me -> assign(selection, me));
                return Optional.of(Navigation.NONE);
            default:
                a.get().target().ifPresent(s -> setStatus(selection, s, a.get().label()));
                return Optional.of(Navigation.NONE);
        }
    }

    /** Moves the selection to a status (one undo step). */
    public void setStatus(List<Long> ids, SubmissionStatus target, String label) {
        if (ids.isEmpty()) return;
        Optional<Person> me = model.requireActor();
        if (me.isEmpty()) return;
        String actor = me.get().name();
        List<Long> todo = List.copyOf(ids);
        model.context().tasks().run("set status", () -> {
            List<UndoStack.Change> changes = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (long id : todo) {
                Submission s = store.get(id).orElse(null);
                if (s == null) continue;
                if (!s.status().canMoveTo(target)) {
                    if (s.status() != target) refused.add("#" + id + " is " + s.status().label().toLowerCase());
                    continue;
                }
                store.setStatus(id, target, actor);
                changes.add(UndoStack.Change.status(id, s.status(), target, s.assigneeId()));
            }
            return new Outcome(changes, refused);
        }, o -> {
            undo.push(label + (todo.size() > 1 ? " " + todo.size() + " submissions" : ""), o.changes());
            for (UndoStack.Change c : o.changes()) patchStatus(c.submissionId(), c.statusAfter());
            report(label, o);
        }, this::failed);
    }

    /** Assigns the selection to {@code person}, or to nobody with {@code null} (one undo step). */
    public void assign(List<Long> ids, Person person) {
        if (ids.isEmpty()) return;
        Optional<Person> me = model.requireActor();
        if (me.isEmpty()) return;
        String actor = me.get().name();
        Long to = person == null ? null : person.id();
        List<Long> todo = List.copyOf(ids);
        model.context().tasks().run("assign", () -> {
            List<UndoStack.Change> changes = new ArrayList<>();
            for (long id : todo) {
                Submission s = store.get(id).orElse(null);
                if (s == null || java.util.Objects.equals(s.assigneeId(), to)) continue;
                store.assign(id, to, actor);
                changes.add(UndoStack.Change.assignee(id, s.status(), s.assigneeId(), to));
            }
            return new Outcome(changes, List.of());
        }, o -> {
            String label = person == null ? "Unassign" : "Assign to " + person.name();
            undo.push(label, o.changes());
            for (UndoStack.Change c : o.changes()) patchAssignee(c.submissionId(), c.assigneeAfter());
            report(label, o);
        }, this::failed);
    }

    /** Tags the selection (not undoable by U: remove the tag in the detail pane). */
    public void tag(List<Long> ids, String tag) {
        String t = tag == null ? "" : tag.strip();
        if (ids.isEmpty() || t.isEmpty()) return;
        Optional<Person> me = model.requireActor();
        if (me.isEmpty()) return;
        List<Long> todo = List.copyOf(ids);
        model.context().tasks().run("tag", () -> {
            for (long id : todo) store.addTag(id, t, me.get().name());
            return todo.size();
        }, n -> {
            for (long id : todo) {
                SubmissionRow r = model.row(id);
                if (r != null && !r.tags().contains(t)) {
                    List<String> l = new ArrayList<>(r.tags());
                    l.add(t);
                    model.replace(r.withTags(l));
                }
            }
            if (!model.tags().contains(t)) model.tags().add(t);
            model.say("Tagged " + n + " \u201C" + t + "\u201D");
        }, this::failed);
    }

    /** Moves items between submissions, auto-replies and other mail (the Other mail tab). */
    public void reclassify(List<Long> ids, MessageKind kind) {
        if (ids.isEmpty()) return;
        Optional<Person> me = model.requireActor();
        if (me.isEmpty()) return;
        List<Long> todo = List.copyOf(ids);
        model.context().tasks().run("reclassify", () -> {
            for (long id : todo) store.reclassify(id, kind, me.get().name());
            return todo.size();
        }, n -> {
            model.say(n + " moved to " + kind.label().toLowerCase());
            model.reload();
        }, this::failed);
    }

    /** Reverses the last step on the submissions nobody has changed since. */
    public void undo() {
        Optional<UndoStack.Step> step = undo.undo();
        refreshLabel();
        if (step.isEmpty()) {
            model.say("Nothing to undo");
            return;
        }
        Optional<Person> me = model.requireActor();
        if (me.isEmpty()) return;
        String actor = me.get().name();
        model.context().tasks().run("undo", () -> {
            List<UndoStack.Change> done = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (UndoStack.Change back : step.get().changes()) {
                Submission s = store.get(back.submissionId()).orElse(null);
                // The step being undone left it at back.statusBefore / back.assigneeBefore.
                if (s == null || !back.inverse().isCurrent(s.status(), s.assigneeId())) {
                    skipped.add("#" + back.submissionId());
                    continue;
                }
                if (back.statusAfter() != s.status()) store.setStatus(back.submissionId(), back.statusAfter(), actor);
                if (!java.util.Objects.equals(back.assigneeAfter(), s.assigneeId())) store.assign(back.submissionId(), back.assigneeAfter(), actor);
                done.add(back);
            }
            return new Outcome(done, skipped);
        }, o -> {
            for (UndoStack.Change c : o.changes()) {
                patchStatus(c.submissionId(), c.statusAfter());
                patchAssignee(c.submissionId(), c.assigneeAfter());
            }
            model.say(step.get().label() + (o.refused().isEmpty() ? ""
                    : " — not undone for " + String.join(", ", o.refused()) + ": changed since by someone else"));
        }, this::failed);
    }

    private record Outcome(List<UndoStack.Change> changes, List<String> refused) {
    }

    private void report(String label, Outcome o) {
        refreshLabel();
        String text = o.changes().isEmpty() ? label + ": nothing changed" : label + (o.changes().size() > 1 ? " (" + o.changes().size() + ")" : "")
                + " — U undoes it";
        if (!o.refused().isEmpty()) text += "; refused for " + String.join(", ", o.refused());
        model.say(text);
    }

    private void refreshLabel() {
        undoLabel.set(undo.nextUndoLabel().map(l -> "Undo " + l).orElse(""));
    }

    private void failed(Throwable e) {
        model.context().dialogs().error("Inbox", e.getMessage());
    }

    private void patchStatus(long id, SubmissionStatus s) {
        SubmissionRow r = model.row(id);
        if (r == null || r.status() == s) return;
        model.replace(r.withStatus(s));
    }

    private void patchAssignee(long id, Long personId) {
        SubmissionRow r = model.row(id);
        if (r == null) return;
        String name = personId == null ? "" : model.people().stream().filter(p -> p.id() == personId).map(Person::name).findFirst().orElse("#" + personId);
        if (name.equals(r.assignee())) return;
        model.replace(r.withAssignee(name));
    }
}
