package org.masthead.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import org.masthead.model.Article;
import org.masthead.ui.shell.AppContext;

/** Temporary stand-in with the editor's API; replaced by the real editor. */
public final class ArticleEditor {
    private final AppContext ctx;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final Label view = new Label("editor");
    private Consumer<Article> onSaved = a -> { };

    public ArticleEditor(AppContext ctx) {
        this.ctx = ctx;
    }

    public Node view() { return view; }

    public void open(long id) {
        ctx.tasks().run("load", () -> ctx.articles().load(id), a -> { article.set(a); view.setText(a.headline()); }, e -> { });
    }

    public void close() { article.set(null); }

    public void flush() { }

    public ReadOnlyObjectProperty<Article> articleProperty() { return article.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public void setOnSaved(Consumer<Article> c) { onSaved = c; }

    public List<Menu> menus() { return List.of(); }
}
