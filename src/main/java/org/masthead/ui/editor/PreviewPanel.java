package org.masthead.ui.editor;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import org.masthead.model.Article;
import org.masthead.ui.shell.AppContext;

/**
 * The Preview tab: the article as its exported page, in a WebView. The WebView (and WebKit
 * behind it) is created only when the tab is first shown; the page is rendered on the worker
 * into a private folder and loaded from there, and again after each save while the tab shows.
 */
final class PreviewPanel {

    /** Writes an article's page (with its pictures and style sheet) and returns the page's file. */
    interface Renderer {
        Path render(Article a) throws Exception;
    }

    private final AppContext ctx;
    private final Renderer renderer;
    private final StackPane root = new StackPane();
    private final Label message = new Label("The preview shows the article as its exported page.");
    private WebView web;
    private long generation;

    PreviewPanel(AppContext ctx, Renderer renderer) {
        this.ctx = ctx;
        this.renderer = renderer;
        root.setId("preview");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        root.getChildren().add(message);
    }

    Node view() {
        return root;
    }

    /** True once the WebView exists (the tab was shown at least once). */
    boolean isCreated() {
        return web != null;
    }

    /** The page's address now loaded, for tests. */
    String location() {
        String at = web == null ? null : web.getEngine().getLocation();
        return at == null ? "" : at; // null until the first page starts loading
    }

    /** Renders {@code a} and shows it; creates the WebView the first time. */
    void show(Article a) {
        if (a == null) return;
        if (web == null) {
            web = new WebView();
            web.setId("preview-web");
            web.setContextMenuEnabled(false);
            // The exported page has no script; the preview does not run any either.
            web.getEngine().setJavaScriptEnabled(false);
        }
        long gen = ++generation;
        ctx.tasks().run("preview", () -> renderer.render(a), page -> {
            if (gen != generation) return;
            root.getChildren().setAll(web);
            web.getEngine().load(page.toUri().toString());
        }, e -> {
            if (gen != generation) return;
            message.setText("The preview could not be made: " + e.getMessage());
            root.getChildren().setAll(message);
        });
    }
}
