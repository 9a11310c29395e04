package org.masthead.ui.editor;

import java.nio.file.Path;
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
    private PresenceNotice presenceNotice;

    TeamEditing(SaveController saves, Consumer<Article> showStored, TabPane side, Supplier<Window> owner, DatabaseLocation database) {
        this.saves = saves;
        this.database = database;
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
        saves.setRecovery(folder == null ? null : new RecoveryFiles(folder, database));
    }

    /** The article was closed: a retry pending for it is off (its last try's failure, if any, is said on its own). */
    void closed() {
        offline.online();
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
