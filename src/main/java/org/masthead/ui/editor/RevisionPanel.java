package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.masthead.model.ArticleContent;
import org.masthead.model.Revision;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.ui.shell.AppContext;

/**
 * The "Revisions" panel: kept versions, what changed against the current text, and restore.
 * Loading and diffing happen on the worker.
 */
final class RevisionPanel {

    /** Rows of the comparison drawn at most; a wholesale rewrite is summarised past that. */
    private static final int MAX_ROWS = 300;

    private final AppContext ctx;
    private final Supplier<org.masthead.model.Publication> publication;
    private final Supplier<Supplier<Document>> currentBody;
    private final BiConsumer<Revision, ArticleContent> restore;
    private final ListView<Revision> list = new ListView<>();
    private final VBox diff = new VBox(2);
    private final javafx.scene.control.ScrollPane diffScroll = new javafx.scene.control.ScrollPane(diff);
    private final Button restoreButton = new Button("Restore");
    private final Label summary = new Label();
    private final VBox root;
    private final javafx.beans.property.BooleanProperty nothingToRestore = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty readOnly = new javafx.beans.property.SimpleBooleanProperty();
    private long articleId;
    private ArticleContent selectedContent;

    /**
     * @param currentBody takes a snapshot of the editor's body (cheap, on the FX thread) that maps
     *                    to a Document when called (on the worker)
     * @param restore     puts a revision's content back into the editor
     */
    RevisionPanel(AppContext ctx, Supplier<Supplier<Document>> currentBody, BiConsumer<Revision, ArticleContent> restore,
                  Supplier<org.masthead.model.Publication> publication) {
        this.publication = publication;
        this.ctx = ctx;
        this.currentBody = currentBody;
        this.restore = restore;
        list.setId("revision-list");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new RevisionCell(publication));
        diff.setId("revision-diff");
        diffScroll.setFitToWidth(true);
        VBox.setVgrow(diffScroll, Priority.ALWAYS);
        restoreButton.setId("restore-revision");
        restoreButton.disableProperty().bind(nothingToRestore.or(readOnly));
        restoreButton.setMinWidth(Region.USE_PREF_SIZE);
        restoreButton.setOnAction(e -> {
            Revision r = list.getSelectionModel().getSelectedItem();
            if (r != null && selectedContent != null && !readOnly.get()) restore.accept(r, selectedContent);
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> show(r));
        root = new VBox(6, list, new HBox(8, restoreButton, summary), diffScroll);
        root.setPadding(new Insets(8));
        root.getStyleClass().add(EditorCss.SIDE_PANEL);
    }

    Node view() {
        return root;
    }

    /**
     * Revisions can be compared but not restored: a login whose role may not edit articles (the
     * editor's read-only bar says why); {@code false} undoes it.
     */
    void setReadOnly(boolean readOnly) {
        this.readOnly.set(readOnly);
    }

    /** Switches to another article; its revisions are read when the panel is shown ({@link #refresh}). */
    void load(long id) {
        articleId = id;
        // Nothing of the previous article may stay restorable into this one.
        list.getSelectionModel().clearSelection();
        list.getItems().clear();
        show(null);
    }

    void refresh() {
        if (articleId == 0) return;
        long id = articleId;
        ctx.tasks().run("list revisions", () -> ctx.articles().revisions(id), revs -> {
            if (id != articleId) return;
            if (revs.equals(list.getItems())) return; // unchanged: keep the selection and the comparison
            Revision sel = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(revs);
            if (sel != null) revs.stream().filter(r -> r.id() == sel.id()).findFirst().ifPresent(r -> list.getSelectionModel().select(r));
        }, e -> { });
    }

    private void show(Revision r) {
        selectedContent = null;
        nothingToRestore.set(true);
        diff.getChildren().clear();
        summary.setText("");
        if (r == null) return;
        Supplier<Document> current = currentBody.get();
        long id = articleId;
        ctx.tasks().run("compare revision", () -> {
            ArticleContent c = ctx.articles().revisionContent(r.id());
            return new Compared(c, ParagraphDiff.diff(lines(c.body()), lines(current.get())));
        }, cmp -> {
            if (id != articleId || list.getSelectionModel().getSelectedItem() != r) return;
            selectedContent = cmp.content();
            nothingToRestore.set(false);
            showChanges(cmp.lines());
            long changed = cmp.lines().stream().filter(l -> l.op() != ParagraphDiff.Op.SAME).count();
            summary.setText(changed == 0 ? "Same text as now" : changed + " paragraphs differ from now");
        }, e -> ctx.dialogs().error("Revisions", "Could not read the revision: " + e.getMessage()));
    }

    private record Compared(ArticleContent content, List<ParagraphDiff.Line> lines) {
    }

    /** One line per block, as compared: figures by caption, separators as a rule. */
    static List<String> lines(Document d) {
        List<String> out = new ArrayList<>(d.blocks().size());
        for (Block b : d.blocks()) {
            if (b instanceof Block.TextBlock t) out.add(t.text());
            else if (b instanceof Block.Figure f) out.add("[Picture] " + f.caption());
            else out.add("———");
        }
        return out;
    }

    private static final class RevisionCell extends ListCell<Revision> {
        private final Supplier<org.masthead.model.Publication> publication;

        RevisionCell(Supplier<org.masthead.model.Publication> publication) {
            this.publication = publication;
        }

        @Override
        protected void updateItem(Revision r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            // In the publication's time, like the first-published and last-updated lines.
            setText(publication.get().formatMeta(r.createdAt()) + " · " + r.kind() + " · " + r.words() + " words");
            if (r.published()) {
                Label badge = new Label("published");
                badge.getStyleClass().add(EditorCss.BADGE);
                setGraphic(badge);
            } else {
                setGraphic(null);
            }
        }
    }

    /** Only what changed, with a paragraph of context around it, each paragraph wrapped in full. */
    private void showChanges(List<ParagraphDiff.Line> lines) {
        List<Node> rows = new ArrayList<>();
        List<ParagraphDiff.Line> shown = ParagraphDiff.changesWithContext(lines, 1);
        for (ParagraphDiff.Line l : shown.subList(0, Math.min(shown.size(), MAX_ROWS))) {
            Label row = new Label(l == null ? "⋯" : switch (l.op()) {
                case ADDED -> "+ " + l.text();
                case REMOVED -> "− " + l.text();
                case SAME -> "  " + l.text();
            });
            row.setWrapText(true);
            row.setMaxWidth(Double.MAX_VALUE);
            row.setMinHeight(Region.USE_PREF_SIZE);
            row.getStyleClass().add(l == null ? EditorCss.DIFF_SAME : switch (l.op()) {
                case ADDED -> EditorCss.DIFF_ADDED;
                case REMOVED -> EditorCss.DIFF_REMOVED;
                case SAME -> EditorCss.DIFF_SAME;
            });
            rows.add(row);
        }
        if (shown.size() > MAX_ROWS) rows.add(new Label("… and " + (shown.size() - MAX_ROWS) + " more paragraphs"));
        diff.getChildren().setAll(rows);
    }
}
