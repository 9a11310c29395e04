package org.masthead.ui.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.masthead.model.ArticleSummary;
import org.masthead.model.AttachmentInfo;
import org.masthead.model.Person;
import org.masthead.model.Review;
import org.masthead.model.SearchOrder;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionRow;
import org.masthead.store.ArticleStore;
import org.masthead.store.SubmissionStore;

/**
 * The detail pane's state and commands for the selected submission: read everything about it
 * in one go, save edited details (refused when someone changed it meanwhile), notes, tags,
 * scores and saving an attachment into a folder. After every write the detail is read again
 * and {@link #setOnChanged} tells the list.
 */
public final class DetailModel {

    private final InboxModel inbox;
    private final SubmissionStore store;
    private final ReadOnlyObjectWrapper<SubmissionDetail> detail = new ReadOnlyObjectWrapper<>();
    private long shownId = -1;
    private java.util.function.Consumer<SubmissionDetail> onChanged = d -> { };

    public DetailModel(InboxModel inbox) {
        this.inbox = inbox;
        this.store = inbox.store();
    }

    public ReadOnlyObjectProperty<SubmissionDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Told after a write, with the submission as read again: the list can update its one row. */
    public void setOnChanged(java.util.function.Consumer<SubmissionDetail> c) {
        this.onChanged = c == null ? d -> { } : c;
    }

    ZoneId zone() {
        return inbox.zone();
    }

    /** Shows a submission (-1 for none). */
    public void show(long id) {
        shownId = id;
        if (id < 0) {
            detail.set(null);
            return;
        }
        inbox.context().tasks().run("read submission", () -> read(id), d -> {
            if (shownId == id) detail.set(d);
        }, e -> inbox.say("Could not read #" + id + ": " + e.getMessage()));
    }

    private SubmissionDetail read(long id) {
        Optional<Submission> found = store.get(id);
        if (found.isEmpty()) return null;
        Submission s = found.get();
        List<SubmissionRow> past = List.of();
        if (!s.fromEmail().isEmpty()) {
            past = store.search(s.fromEmail(), SearchOrder.NEWEST, 200).stream().map(h -> h.row())
                    .filter(r -> r.id() != id && r.fromEmail().equalsIgnoreCase(s.fromEmail())).toList();
        }
        List<ArticleSummary> articles = List.of();
        if (s.fromName().length() > 2) {
            String name = s.fromName();
            articles = inbox.context().articles().list(ArticleStore.Filter.ALL.withQuery("\"" + name.replace("\"", "") + "\"")).stream()
                    .filter(a -> a.byline() != null && a.byline().contains(name)).limit(50).toList();
        }
        SubmissionRow twin = null;
        if (s.duplicateOf() != null) {
            Submission t = store.get(s.duplicateOf()).orElse(null);
            if (t != null) twin = SubmissionRow.of(t, "", null);
        }
        return new SubmissionDetail(s, store.versions(id), store.history(id), store.attachments(id), store.activity(id), store.reviews(id),
                store.notes(id), store.replies(id), past, articles, twin);
    }

    /** A write to the submission shown, given its id as it was when the reviewer acted. */
    @FunctionalInterface
    private interface Write {
        Object to(long id) throws Exception;
    }

    private void write(String what, Write work) {
        SubmissionDetail d = detail.get();
        if (d == null) return;
        long id = d.submission().id();
        // the write and the reading again in one background step: the pane and the list's row follow it
        inbox.context().tasks().run(what, () -> {
            work.to(id);
            return read(id);
        }, fresh -> {
            if (shownId == id) detail.set(fresh);
            onChanged.accept(fresh);
        }, e -> {
            inbox.context().dialogs().error(what, e instanceof SubmissionStore.StaleSubmissionException
                    ? "Someone changed this submission while you were editing it. It has been read again; make your change once more."
                    : e.getMessage());
            show(id);
        });
    }

    /** Saves the edited details. A form that cannot be read is refused with the field named. */
    public void save(DetailForm form) {
        SubmissionDetail d = detail.get();
        if (d == null) return;
        Optional<Person> me = inbox.requireActor();
        if (me.isEmpty()) return;
        Submission next;
        try {
            next = form.apply(d.submission(), zone(), me.get().name());
        } catch (IllegalArgumentException e) {
            inbox.context().dialogs().error("Submission details", e.getMessage() + " Nothing was saved.");
            return;
        }
        write("Save details", id -> store.update(next, me.get().name()));
    }

    public void addNote(String text) {
        if (text == null || text.isBlank()) return;
        inbox.requireActor().ifPresent(me -> write("Add note", id -> store.addNote(id, text.strip(), me.name())));
    }

    public void addTag(String tag) {
        if (tag == null || tag.isBlank()) return;
        inbox.requireActor().ifPresent(me -> write("Add tag", id -> store.addTag(id, tag.strip(), me.name())));
    }

    public void removeTag(String tag) {
        inbox.requireActor().ifPresent(me -> write("Remove tag", id -> store.removeTag(id, tag, me.name())));
    }

    /** The acting reviewer's scores, 1–5 or null each. */
    public void score(Integer argument, Integer originality, Integer timeliness, Integer writing) {
        inbox.requireActor().ifPresent(me -> write("Score", id -> {
            store.score(id, me.id(), Review.of(argument, originality, timeliness, writing));
            return null;
        }));
    }

    /** Clears the duplicate flag. */
    public void notADuplicate() {
        inbox.requireActor().ifPresent(me -> write("Not a duplicate", id -> {
            store.markDuplicate(id, null, me.name());
            return null;
        }));
    }

    /** Asks for a folder and writes the attachment there under its cleaned name; returns nothing, says where it went. */
    public void saveAttachment(AttachmentInfo a) {
        Optional<Path> folder = inbox.context().dialogs().chooseFolder("Save \u201C" + SafeFileName.clean(a.fileName()) + "\u201D into", null);
        if (folder.isEmpty()) return;
        inbox.context().tasks().run("save attachment", () -> saveInto(folder.get(), a), p -> inbox.say("Saved " + p),
                e -> inbox.context().dialogs().error("Save attachment", e.getMessage()));
    }

    Path saveInto(Path folder, AttachmentInfo a) throws java.io.IOException {
        byte[] bytes = store.attachmentBytes(a.id()).orElseThrow(() -> new IllegalStateException("the attachment's bytes are missing"));
        Path target = SafeFileName.target(folder, a.fileName());
        Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
        return target;
    }
}
