package org.masthead.ui.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.masthead.model.SiteSettings;
import org.masthead.publish.Exporter;
import org.masthead.ui.shell.AppContext;

/**
 * File ▸ Export…: choose the folder (starting at the one remembered in the site settings, and
 * remembering the choice), export with a progress dialog and Cancel, then say what was done.
 * Preflight errors are shown and may be overridden on purpose.
 */
public final class ExportAction {

    private final AppContext ctx;
    private final ExportModel model;
    private final Supplier<Window> owner;

    public ExportAction(AppContext ctx, ExportModel model, Supplier<Window> owner) {
        this.ctx = ctx;
        this.model = model;
        this.owner = owner;
    }

    public void run() {
        if (model.running()) {
            ctx.dialogs().info("Export", "An export is already running; it finishes first.");
            return;
        }
        ctx.tasks().run("read the export folder", () -> ctx.publication().site(), this::choose,
                e -> ctx.dialogs().error("Export", e.getMessage()));
    }

    private void choose(SiteSettings site) {
        Path remembered = site.exportFolder().isBlank() ? null : Path.of(site.exportFolder());
        ctx.dialogs().chooseFolder("Export the site to", remembered).ifPresent(folder -> {
            if (!folder.toString().equals(site.exportFolder())) remember(folder);
            start(folder, false);
        });
    }

    private void remember(Path folder) {
        ctx.tasks().run("remember the export folder", () -> {
            // Read again: the settings may have been edited since they were read for the chooser.
            ctx.publication().saveSite(ctx.publication().site().withExportFolder(folder.toString()));
            return null;
        }, x -> { }, e -> ctx.dialogs().error("Export", "The folder could not be remembered: " + e.getMessage()));
    }

    private void start(Path folder, boolean force) {
        ExportProgressDialog dialog = new ExportProgressDialog(owner.get(), folder.toString(), model::cancel);
        boolean started = model.start(folder, force, new ExportModel.Listener() {
            @Override
            public void progress(int done, int total) {
                dialog.progress(done, total);
            }

            @Override
            public void done(Exporter.Report r) {
                dialog.close();
                ctx.dialogs().info(r.cancelled() ? "Export cancelled" : "Export finished", summary(r, folder));
            }

            @Override
            public void blocked(List<String> errors) {
                dialog.close();
                if (ctx.dialogs().confirmDanger("The preflight checks found errors", String.join("\n", errors)
                        + "\n\nExport anyway, with these errors on the published pages?", "Export anyway")) {
                    start(folder, true);
                }
            }

            @Override
            public void failed(String message) {
                dialog.close();
                ctx.dialogs().error("Export failed", message);
            }
        });
        if (started) dialog.show();
    }

    static String summary(Exporter.Report r, Path folder) {
        String s = r.summary() + " in\n" + folder + ".";
        if (r.cancelled()) s += "\nThe rest is exported next time; nothing was removed.";
        if (!r.overridden().isEmpty()) s += "\nExported despite " + r.overridden().size() + " preflight error(s).";
        return s;
    }
}
