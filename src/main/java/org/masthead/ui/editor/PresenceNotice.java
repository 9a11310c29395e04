package org.masthead.ui.editor;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import org.masthead.model.Article;
import org.masthead.store.TeamPresence;

/**
 * "Ana is editing this article" (decision 0018): tells the team which article this editor has
 * open, and shows a notice above the text while someone else has the same one open.
 */
final class PresenceNotice implements AutoCloseable {

    static final String KEY = "presence";

    private final TeamPresence presence;
    private final ObservableValue<Article> article;
    private final EditorNotices notices;
    private final AutoCloseable subscription;
    private final javafx.beans.value.ChangeListener<Article> onArticle;

    PresenceNotice(TeamPresence presence, ObservableValue<Article> article, EditorNotices notices, Executor fx) {
        this.presence = presence;
        this.article = article;
        this.notices = notices;
        this.onArticle = (o, was, is) -> {
            long id = is == null ? 0 : is.id();
            if (was == null || is == null || was.id() != is.id()) presence.editing(id);
            update();
        };
        article.addListener(onArticle);
        presence.editing(article.getValue() == null ? 0 : article.getValue().id());
        subscription = presence.subscribe(() -> fx.execute(this::update));
        update();
    }

    /** On the FX thread: the notice for the article open now. */
    void update() {
        Article a = article.getValue();
        List<String> names = a == null ? List.of() : presence.othersEditing(a.id());
        if (names.isEmpty()) notices.clear(KEY);
        else notices.show(KEY, sentence(names), false);
    }

    /** "Ana is editing this article", "Ana and Ben are …", "Ana, Ben and Chen are …". */
    static String sentence(List<String> names) {
        if (names.size() == 1) return names.get(0) + " is editing this article";
        String all = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return all + " are editing this article";
    }

    @Override
    public void close() {
        article.removeListener(onArticle);
        presence.editing(0);
        try {
            subscription.close();
        } catch (Exception e) {
            // a list removal: cannot fail
        }
        notices.clear(KEY);
    }
}
