package org.masthead.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Stamp;

/**
 * The editor's preview: the article's working copy as its exported page would show it, written
 * with its style sheet and pictures into a folder of the preview's own. The working copy is
 * rendered as if it were the published version (first publication: the real one, else now), so
 * drafts, pending updates and embargoed articles can be looked at; nothing is exported.
 */
public final class Preview {

    private Preview() {
    }

    /** Writes the page into {@code folder} (replacing an earlier preview there) and returns its index.html. */
    public static Path write(SiteData data, Article working, Path folder) throws IOException {
        if (working.id() == 0) throw new IllegalArgumentException("save the article first");
        Stamp first = working.firstPublished() != null ? working.firstPublished() : new Stamp(data.now(), data.publication().defaultZone());
        Article asPage = new Article(working.id(), ArticleStatus.PUBLISHED, working.content(), working.content(), null, null, first,
                working.lastUpdated() != null ? working.lastUpdated() : first, working.corrections(), "", working.createdAt(),
                working.modifiedAt(), null);
        List<Article> articles = new ArrayList<>(data.articles().size());
        boolean found = false;
        for (Article a : data.articles()) {
            if (a.id() == working.id()) {
                articles.add(asPage);
                found = true;
            } else {
                articles.add(a);
            }
        }
        if (!found) articles.add(asPage);
        SiteData d = new SiteData(data.publication(), data.settings(), articles, data.slugs(), data.plans(), data.images(), data.imageBytes(),
                data.versions(), data.now());
        return new StandaloneArticle(Templates.of(d.settings())).write(d, working.id(), folder, true).folder().resolve("index.html");
    }
}
