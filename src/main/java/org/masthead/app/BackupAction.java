package org.masthead.app;

import java.nio.file.Path;
import java.time.LocalDate;
import org.masthead.store.Backup;
import org.masthead.ui.shell.AppContext;

/** File ▸ Back up…: the same backup as {@code masthead backup}, to a file the editor picks. */
final class BackupAction {

    private final AppContext ctx;

    BackupAction(AppContext ctx) {
        this.ctx = ctx;
    }

    void run() {
        ctx.dialogs().saveFile("Back up Masthead", "masthead-backup-" + LocalDate.now() + ".json").ifPresent(this::writeTo);
    }

    private void writeTo(Path target) {
        ctx.tasks().run("backup", () -> new Backup(ctx.database(), ctx.articles(), ctx.publication()).writeTo(target),
                c -> ctx.dialogs().info("Backup written", String.format("%d articles, %d revisions, %d images, %d series and %d inbox items written to%n%s",
                        c.articles(), c.revisions(), c.images(), c.series(), c.submissions(), target)),
                e -> ctx.dialogs().error("Backup failed", e.getMessage() + "\nNothing was written to " + target + "."));
    }
}
