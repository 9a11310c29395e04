package org.masthead.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.masthead.ingest.markdown.ImportReport;
import org.masthead.ingest.markdown.MarkdownImporter;
import org.masthead.store.ImportStore;
import org.masthead.ui.shell.AppContext;

/**
 * File ▸ Import Markdown…: the same import as {@code masthead import-md}, of files or a folder
 * the editor picks, run off the FX thread; a summary dialog lists what became of the files and
 * every error and warning with its file and line.
 */
final class MarkdownImportAction {

    private final AppContext ctx;
    private final Supplier<Window> owner;
    private final Runnable beforeImport;
    private final Consumer<ImportReport> afterImport;

    /**
     * @param beforeImport on the FX thread before the import starts (saves what the editor holds)
     * @param afterImport  on the FX thread after it (refreshes lists and the article open in the editor)
     */
    MarkdownImportAction(AppContext ctx, Supplier<Window> owner, Runnable beforeImport, Consumer<ImportReport> afterImport) {
        this.ctx = ctx;
        this.owner = owner;
        this.beforeImport = beforeImport;
        this.afterImport = afterImport;
    }

    void run() {
        importPaths(choose());
    }

    /** Imports these files or folders without asking which (File ▸ Import Markdown… asks; "Open with" has them already). */
    void importPaths(List<Path> paths) {
        if (paths.isEmpty()) return;
        beforeImport.run();
        MarkdownImporter importer = new MarkdownImporter(ctx.articles(), ctx.images(), new ImportStore(ctx.database(), ctx.articles()),
                ctx.publication());
        ctx.tasks().run("import markdown", () -> importer.importPaths(paths, ctx.now()), report -> {
            afterImport.accept(report);
            showSummary(report);
        }, e -> ctx.dialogs().error("Import failed", e.getMessage() + "\nFiles imported before the failure stay imported; import again to finish."));
    }

    /** Files, or one folder searched recursively: JavaFX has no chooser for both at once. */
    private List<Path> choose() {
        ButtonType files = new ButtonType("Files\u2026", ButtonBar.ButtonData.YES);
        ButtonType folder = new ButtonType("Folder\u2026", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Import Markdown files with YAML front matter, or a whole folder "
                + "(a Hugo or Jekyll content folder) with everything in it? Files already imported are updated when they changed.",
                files, folder, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle("Import Markdown");
        ask.setHeaderText("Import Markdown");
        ButtonType choice = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (choice == files) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Import Markdown files");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown"));
            List<File> picked = fc.showOpenMultipleDialog(owner.get());
            return picked == null ? List.of() : picked.stream().map(File::toPath).toList();
        }
        if (choice == folder) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Import a folder of Markdown files");
            File picked = dc.showDialog(owner.get());
            return picked == null ? List.of() : List.of(picked.toPath());
        }
        return List.of();
    }

    private void showSummary(ImportReport report) {
        Alert a = new Alert(report.hasErrors() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, report.summary()
                + (report.messages().isEmpty() ? "" : "\n" + report.errors().size() + " errors, " + report.warnings().size()
                + " warnings: see the details."), ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle("Markdown import");
        a.setHeaderText(report.hasErrors() ? "Markdown import: some files were not imported" : "Markdown import done");
        if (!report.messages().isEmpty()) {
            TextArea details = new TextArea(report.details());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            a.getDialogPane().setExpandableContent(details);
            a.getDialogPane().setExpanded(report.hasErrors());
        }
        a.getDialogPane().setMinWidth(560);
        a.showAndWait();
    }
}
