package org.masthead.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ImageAsset;
import org.masthead.model.Publication;
import org.masthead.model.SeriesWithParts;
import org.masthead.model.SiteSettings;
import org.masthead.store.ArticleStore;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * Everything a site is built from, read from the stores once: settings, every article with
 * its slug, the series plans and the pictures' sizes. Picture bytes are read only when a page
 * asks for them. {@code now} decides what is still under embargo.
 *
 * @param contentJson the stored JSON of an article's content, part of its page's input hash
 */
public record SiteData(Publication publication, SiteSettings settings, List<Article> articles, Map<Long, String> slugs,
                         List<SeriesWithParts> plans, Map<String, ImageAsset> images, Function<String, Optional<byte[]>> imageBytes,
                         Function<ArticleContent, String> contentJson, Instant now) {

    public SiteData {
        articles = List.copyOf(articles);
        slugs = Map.copyOf(slugs);
        plans = List.copyOf(plans);
        images = Map.copyOf(images);
    }

    /**
     * Reads the stores. Articles published before slugs existed get theirs here, in one
     * transaction (the only write).
     */
    public static SiteData load(ArticleStore articles, ImageStore images, SeriesStore series, PublicationStore publication, Instant now) {
        Map<Long, String> slugs = articles.assignMissingSlugs();
        Map<String, ImageAsset> info = new java.util.HashMap<>();
        for (ImageAsset a : images.all()) info.put(a.sha256(), a);
        return new SiteData(publication.get(), publication.site(), articles.all(), slugs, series.allPlans(), info, images::bytes,
                articles.codec()::write, now);
    }
}
