package org.masthead.ui.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.undo.UndoManager;
import org.masthead.model.Article;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;
import org.masthead.ui.shell.AppContext;
import org.reactfx.util.Either;

/**
 * Saving: snapshot on the FX thread, map and write on the worker, mark what was saved.
 *
 * <p>The snapshot is the list of the area's immutable paragraphs (O(paragraphs), no
 * serialisation) plus the metadata fields. Saves go through the single-thread task runner,
 * so they never overlap; each one starts from the article the previous save produced
 * ({@link #latest}, touched only on the worker), so a queued autosave can never undo a
 * workflow step queued before it. Only the undo position and metadata version that were
 * snapshotted are marked as saved: edits typed while a save runs stay dirty.
 */
final class SaveController {

    private final AppContext ctx;
    private final EditorArea area;
    private final MetadataViewModel meta;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> lastSaved = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final AtomicReference<Article> latest = new AtomicReference<>();
    private Consumer<Article> onSaved = a -> { };
    private ConflictHandler onConflict;
    /** A conflict is being decided (its dialog is open): no save starts meanwhile. */
    private boolean deciding;
    /** Merging by hand: autosaves wait, the next explicit save goes on top of theirs (decision 0018). */
    private final BooleanProperty merging = new SimpleBooleanProperty();
    private OfflineHandler onOffline;
    private org.masthead.store.RecoveryFiles recovery;
    /** The last save failed for want of the server: autosaves wait for the retry the handler scheduled. */
    private boolean offline;
    private int inFlight;
    /** Bumped when another article is shown: late results of older saves must not mark it. */
    private long session;

    SaveController(AppContext ctx, EditorArea area, MetadataViewModel meta) {
        this.ctx = ctx;
        this.area = area;
        this.meta = meta;
        UndoManager<?> um = area.getUndoManager();
        BooleanBinding d = Bindings.createBooleanBinding(
                () -> article.get() != null && (!um.isAtMarkedPosition() || meta.dirtyProperty().get()),
                um.atMarkedPositionProperty(), meta.dirtyProperty(), article);
        dirty.bind(d);
    }

    ObjectProperty<Article> articleProperty() { return article; }
    ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    BooleanProperty savingProperty() { return saving; }
    ObjectProperty<Instant> lastSavedProperty() { return lastSaved; }

    /** What the editor does with a save that lost a race; {@code retry} saves again with the same step. */
    interface ConflictHandler {
        void conflict(org.masthead.store.ConflictException e, Runnable retry);
    }

    /** What the editor does when the team database cannot be reached; {@code retry} saves the text as it is then. */
    interface OfflineHandler {
        void offline(org.masthead.store.ConnectionLostException e, java.nio.file.Path recoveryFile, Runnable retry);

        /** A save went through again. */
        void online();
    }

    void setOnOffline(OfflineHandler h) {
        onOffline = h;
    }

    /** Where unsaved text goes while the server cannot be reached; null: nowhere but the editor. */
    void setRecovery(org.masthead.store.RecoveryFiles r) {
        recovery = r;
    }

    /** A save that could not reach the server, with the recovery file its text went to (or null). */
    private static final class Unreachable extends RuntimeException {
        final org.masthead.store.ConnectionLostException lost;
        final java.nio.file.Path file;

        Unreachable(org.masthead.store.ConnectionLostException lost, java.nio.file.Path file) {
            super(lost.getMessage(), lost);
            this.lost = lost;
            this.file = file;
        }
    }

    /** Without a handler a lost race is only said (the text stays, unsaved). */
    void setOnConflict(ConflictHandler h) {
        onConflict = h;
    }

    /** True while merging by hand: autosave holds off until the user saves on purpose. */
    javafx.beans.property.ReadOnlyBooleanProperty mergingProperty() {
        return merging;
    }

    boolean isDeciding() {
        return deciding;
    }

    void setOnSaved(Consumer<Article> c) {
        onSaved = c == null ? a -> { } : c;
    }

    /** A freshly loaded article is the saved state. */
    void loaded(Article a) {
        session++;
        deciding = false;
        offline = false;
        merging.set(false);
        latest.set(a);
        article.set(a);
        lastSaved.set(null);
    }

    /**
     * Later saves start from {@code a}, a newer state of the open article stored by someone else
     * (the scheduled publisher). Called on the worker, where saves run, so a save queued after
     * that change cannot write the older state back over it.
     */
    void rebase(Article a) {
        latest.updateAndGet(cur -> cur != null && cur.id() == a.id() ? a : cur);
    }

    /** Shows a newer state of the open article (status, published version) without touching unsaved edits. */
    void refreshed(Article a) {
        if (article.get() != null && article.get().id() == a.id()) article.set(a);
    }

    void cleared() {
        session++;
        deciding = false;
        offline = false;
        merging.set(false);
        article.set(null);
    }

    /** Saves if there is anything unsaved. */
    void saveIfDirty(SaveKind kind) {
        if (article.get() == null || !dirty.get() || deciding) return;
        if (kind == SaveKind.AUTOSAVE && (merging.get() || offline)) return;
        save(kind, a -> a, a -> { });
    }

    // --- the ways out of a conflict (decision 0018); on the FX thread ---

    /** Keep mine: save the editor's text again, on top of the version stored now ({@code theirs}). */
    void keepMine(Article theirs, Runnable retry) {
        deciding = false;
        merging.set(false);
        rebaseThen(theirs, retry);
    }

    /** Merge by hand: the text stays; the next explicit save goes on top of {@code theirs}, autosaves wait for it. */
    void mergeOnto(Article theirs) {
        deciding = false;
        merging.set(true);
        rebaseThen(theirs, () -> { });
    }

    /** Take theirs: the editor now shows {@code theirs}, which is the saved state. */
    void tookTheirs(Article theirs) {
        loaded(theirs);
    }

    /** Later saves start from {@code theirs}: set on the worker, after any save queued before. */
    private void rebaseThen(Article theirs, Runnable then) {
        ctx.tasks().run("rebase article", () -> {
            rebase(theirs);
            return theirs;
        }, a -> {
            refreshed(a);
            then.run();
        }, e -> ctx.dialogs().error("Could not save the article", String.valueOf(e.getMessage())));
    }

    /**
     * Saves the editor's content, after applying {@code step} (a workflow transition, or
     * identity) to the article on the worker. A step's IllegalStateException or
     * IllegalArgumentException is shown as a message and nothing is written.
     */
    void save(SaveKind kind, UnaryOperator<Article> step, Consumer<Article> after) {
        if (article.get() == null) return;
        List<Paragraph<ParStyle, Either<String, FigureSegment>, TextStyle>> pars = new ArrayList<>(area.getParagraphs());
        UndoManager.UndoPosition position = area.getUndoManager().getCurrentPosition();
        long metaVersion = meta.version();
        MetadataViewModel.Snapshot fields = meta.snapshot();
        Instant now = ctx.now();
        long articleId = article.get().id();
        long sessionAtStart = session;
        inFlight++;
        saving.set(true);
        ctx.tasks().run("save article", () -> {
            Article base = latest.get();
            if (base == null || base.id() != articleId) throw new IllegalStateException("the article was closed");
            Document body = DocumentMapper.toDocument(pars);
            Article next = step.apply(base.withContent(fields.withBody(body), now).withEmbargo(fields.embargo()));
            Article saved;
            try {
                saved = ctx.articles().save(next, kind);
            } catch (org.masthead.store.ConnectionLostException lost) {
                throw new Unreachable(lost, keep(next, now));
            } catch (org.masthead.store.ConflictException c) {
                if (!isOwnCommit(c)) throw c;
                saved = c.stored(); // an earlier try committed just as the connection broke
            }
            latest.set(saved);
            if (recovery != null) forget(articleId);
            return saved;
        }, saved -> {
            done();
            if (offline) {
                offline = false;
                if (onOffline != null) onOffline.online();
            }
            if (session == sessionAtStart) {
                position.mark();
                meta.markSaved(metaVersion);
                article.set(saved);
                lastSaved.set(now);
                if (kind != SaveKind.AUTOSAVE) merging.set(false);
                after.accept(saved);
            }
            onSaved.accept(saved);
        }, e -> {
            done();
            if (e instanceof Unreachable u) {
                if (session != sessionAtStart || onOffline == null) {
                    ctx.dialogs().error("Could not save the article", u.getMessage()
                            + (u.file == null ? " The text was not saved." : " Its text is kept in " + u.file + "."));
                    return;
                }
                offline = true;
                onOffline.offline(u.lost, u.file, () -> {
                    if (session == sessionAtStart) save(kind, step, after);
                });
            } else if (e instanceof org.masthead.store.ConflictException c) {
                // Team mode: never written over the other save; the text stays in the editor, unsaved (decisions 0017, 0018).
                if (session != sessionAtStart || deciding) return; // another article now, or the open dialog already covers it
                if (onConflict == null || c.mine() == null) {
                    ctx.dialogs().error("Saved by someone else meanwhile", e.getMessage());
                } else {
                    deciding = true;
                    onConflict.conflict(c, () -> save(kind, step, after));
                }
            } else if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
                ctx.dialogs().error("Cannot do that", e.getMessage());
            } else {
                ctx.dialogs().error("Could not save the article", String.valueOf(e.getMessage()));
            }
        });
    }

    /** On the worker: the text that could not be saved, to its recovery file; the file, or null when there is none. */
    private java.nio.file.Path keep(Article next, Instant now) {
        if (recovery == null) return null;
        try {
            return recovery.write(next, now);
        } catch (java.io.IOException | RuntimeException e) {
            System.getLogger(SaveController.class.getName()).log(System.Logger.Level.WARNING, "cannot write the recovery file", e);
            return null;
        }
    }

    private void forget(long articleId) {
        try {
            recovery.delete(articleId);
        } catch (java.io.IOException e) {
            System.getLogger(SaveController.class.getName()).log(System.Logger.Level.WARNING, "cannot remove the recovery file", e);
        }
    }

    /** The stored version is what this save would write: an earlier try of it committed as the connection broke. */
    private static boolean isOwnCommit(org.masthead.store.ConflictException c) {
        return c.mine() != null && c.stored() != null && c.mine().content().equals(c.stored().content())
                && c.mine().status() == c.stored().status() && java.util.Objects.equals(c.mine().embargo(), c.stored().embargo());
    }

    private void done() {
        inFlight--;
        saving.set(inFlight > 0);
    }
}
