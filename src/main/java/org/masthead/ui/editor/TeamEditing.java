package org.masthead.ui.editor;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.masthead.model.Article;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.RecoveryFiles;
import org.masthead.store.TeamPresence;
import org.masthead.ui.shell.TaskRunner;

/**
 * The editor's part in team mode (decision 0018), composed by {@link ArticleEditor}: the notice
 * bars above the text, the conflict dialog and its choices, who else is editing, and saves that
 * wait for the server.
 */
final class TeamEditing {

    private final SaveController saves;
    private final DatabaseLocation database;
    private final EditorNotices notices = new EditorNotices();
    private final ConflictResolver conflicts;
    private final OfflineSaves offline = new OfflineSaves(notices, Platform::runLater);
    private final TaskRunner tasks;
    private final Consumer<RecoveryFiles.Recovered> putRecovered;
    private PresenceNotice presenceNotice;
    private RecoveryFiles recovery;

    static final String RECOVERED = "recovered";
    static final String SAVED_BY_OTHERS = "saved-by-others";
    static final String SAVED_BY_OTHERS_TEXT = "Someone else saved this article; your next save will show both versions";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    TeamEditing(SaveController saves, Consumer<Article> showStored, Consumer<RecoveryFiles.Recovered> putRecovered, TabPane side,
                Supplier<Window> owner, DatabaseLocation database, TaskRunner tasks) {
        this.saves = saves;
        this.database = database;
        this.tasks = tasks;
        this.putRecovered = putRecovered;
        this.conflicts = new ConflictResolver(saves, showStored, notices, side, vm -> new ConflictView(vm).show(owner.get()));
        saves.setOnOffline(offline);
    }

    /** The notice bars, to put above the text. */
    Node noticesView() {
        return notices.view();
    }

    void setPresence(TeamPresence presence) {
        if (presenceNotice != null) presenceNotice.close();
        presenceNotice = presence == null ? null : new PresenceNotice(presence, saves.articleProperty(), notices, Platform::runLater);
    }

    void setRecoveryFolder(Path folder) {
        recovery = folder == null ? null : new RecoveryFiles(folder, database);
        saves.setRecovery(recovery);
    }

    /**
     * After {@code a} was opened: when a recovery file holds text of it that differs from what is
     * stored (a save that never reached the server before the program stopped), a bar offers to
     * put that text in the editor (an edit, saved as usual) or to discard the file.
     */
    void offerRecovered(Article a) {
        notices.clear(RECOVERED);
        RecoveryFiles files = recovery;
        if (files == null) return;
        tasks.run("read recovery file", () -> files.read(a.id()).orElse(null), r -> {
            Article open = saves.articleProperty().get();
            if (r == null || open == null || open.id() != a.id()) return;
            if (r.body().equals(open.content().body()) && r.headline().equals(open.headline()) && r.summary().equals(open.content().summary())) {
                discard(files, a.id());
                return;
            }
            notices.show(RECOVERED, "Text of this article that could not be saved on "
                            + WHEN.format(r.writtenAt().atZone(ZoneId.systemDefault())) + " is kept in " + files.fileOf(a.id()) + ".", true,
                    new EditorNotices.Action("recovered-restore", "Put it in the editor", () -> {
                        notices.clear(RECOVERED);
                        putRecovered.accept(r);
                    }),
                    new EditorNotices.Action("recovered-discard", "Discard it", () -> discard(files, a.id())));
        }, e -> notices.show(RECOVERED, "A recovery file of this article cannot be read: " + e.getMessage(), true));
    }

    private void discard(RecoveryFiles files, long id) {
        notices.clear(RECOVERED);
        tasks.run("discard recovery file", () -> {
            files.delete(id);
            return null;
        }, x -> { }, e -> notices.show(RECOVERED, "Cannot remove " + files.fileOf(id) + ": " + e.getMessage(), true));
    }

    static final String READ_ONLY = "read-only";

    /** A bar saying why the editor is read-only, or none for {@code null}. */
    void readOnly(String why) {
        if (why == null) notices.clear(READ_ONLY);
        else notices.show(READ_ONLY, "Read only: " + why, false);
    }

    /** Someone else saved the open article while it has unsaved edits here. */
    void savedByOthers() {
        notices.show(SAVED_BY_OTHERS, SAVED_BY_OTHERS_TEXT, true);
    }

    /** A save of the open article went through (after the conflict dialog, if there was one). */
    void saved() {
        notices.clear(SAVED_BY_OTHERS);
    }

    /** The article was closed: a retry pending for it is off (its last try's failure, if any, is said on its own). */
    void closed() {
        offline.online();
        notices.clear(RECOVERED);
        notices.clear(SAVED_BY_OTHERS);
    }

    OfflineSaves offline() {
        return offline;
    }

    ConflictResolver conflicts() {
        return conflicts;
    }

    EditorNotices notices() {
        return notices;
    }
}
