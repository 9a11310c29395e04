package org.masthead.publish;

import java.time.Instant;
import java.util.HashMap;
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
 * <p>Read by {@link #load}, each article's published version is its
 * {@linkplain ArticleContent#outline() outline}: enough for every list, feed and page head. The
 * complete version, which only the article's own page body (and the preflight) need, comes from
 * {@link #versions}, as does the hash of it that goes into the page's input hash; so an export
 * that renders few pages reads few bodies.
 *
 * @param versions the complete published version of an article, and a hash of it
 */
public record SiteData(Publication publication, SiteSettings settings, List<Article> articles, Map<Long, String> slugs,
                         List<SeriesWithParts> plans, Map<String, ImageAsset> images, Function<String, Optional<byte[]>> imageBytes,
                         Versions versions, Instant now) {

    public SiteData {
        // Hash-map copies rather than Map.copyOf, whose probing costs more with 10,000 entries.
        articles = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(articles));
        slugs = java.util.Collections.unmodifiableMap(new HashMap<>(slugs));
        plans = List.copyOf(plans);
        images = Map.copyOf(images);
    }

    /** Where an article's complete published version comes from, and a hash of it. Safe to call from any thread. */
    public interface Versions {

        /** The complete published version of {@code a} (whose own {@code published()} may be an outline). */
        ArticleContent complete(Article a);

        /** A hash of the complete published version of {@code a}: part of its page's input hash. */
        String hash(Article a);

        /** For articles that carry their complete published version: it, hashed through its JSON. */
        static Versions carried(Function<ArticleContent, String> json) {
            return new Versions() {
                @Override
                public ArticleContent complete(Article a) {
                    return a.published();
                }

                @Override
                public String hash(Article a) {
                    return InputHash.ofBytes(json.apply(a.published()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            };
        }
    }

    /**
     * Reads the stores. Articles published before slugs (or outlines) existed get theirs here,
     * in one transaction each (the only writes).
     */
    public static SiteData load(ArticleStore articles, ImageStore images, SeriesStore series, PublicationStore publication, Instant now) {
        // The plans are read, and the settings made from their JSON, while the articles are read.
        PublicationStore.Stored stored = publication.stored();
        record Beside(List<SeriesWithParts> plans, Publication publication, SiteSettings settings) {
        }
        java.util.concurrent.CompletableFuture<Beside> beside = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                Publication p = stored.publication().orElse(Publication.DEFAULT);
                SiteSettings settings = stored.site();
                beside.complete(new Beside(series.allPlansAlongside(), p, settings));
            } catch (Throwable t) {
                beside.completeExceptionally(t);
            }
        }, "masthead-site-plans");
        reader.setDaemon(true);
        reader.start();
        ArticleStore.SiteArticles site = articles.forSite();
        Map<Long, String> slugs = site.slugs();
        Map<Long, ArticleContent> outlines = new HashMap<>();
        for (Article a : site.articles()) if (a.published() != null) outlines.put(a.id(), a.published());
        Versions carried = Versions.carried(articles.codec()::write);
        Versions versions = new Versions() {
            /** An article as read: its published version is the outline read, not one put in its place (the preview's). */
            private boolean outlined(Article a) {
                return a.published() != null && outlines.get(a.id()) == a.published();
            }

            /**
             * The version whose outline and digest were read, or a refusal: one published again since
             * would give its page a body its recorded inputs (the digest read) do not describe, and a
             * later export, seeing that digest again, would keep the page.
             */
            @Override
            public ArticleContent complete(Article a) {
                if (!outlined(a)) return carried.complete(a);
                ArticleStore.PublishedVersion v = articles.publishedVersion(a.id()).orElse(null);
                if (v == null) return a.published();
                if (!v.digest().equals(site.digests().get(a.id()))) {
                    throw new IllegalStateException("article " + a.id() + " \u201c" + a.published().headline()
                            + "\u201d was published again while the site was being exported; export again");
                }
                return v.content();
            }

            @Override
            public String hash(Article a) {
                return outlined(a) ? site.digests().get(a.id()) : carried.hash(a);
            }
        };
        Map<String, ImageAsset> info = new HashMap<>();
        for (ImageAsset a : images.all()) info.put(a.sha256(), a);
        Beside read;
        try {
            read = beside.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
        return new SiteData(read.publication(), read.settings(), site.articles(), slugs, read.plans(), info, images::bytes, versions, now);
    }
}
