package org.masthead.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.text.Block;

/**
 * One article for another publishing system: a folder with the stand-alone page
 * ({@code index.html} with {@code style.css} and {@code images/}; links to the rest of the site
 * point at its public address) and the clean body fragment ({@code fragment.html}: semantic
 * HTML without classes, pictures under {@code images/}). Only the published version is written.
 * A folder that holds anything else is refused unless {@code force}: the marker file
 * {@value #MARKER} lists what an earlier run wrote, and only that is replaced.
 */
public final class StandaloneArticle {

    public static final String MARKER = ".masthead-article";

    /** What was written, paths relative to the folder. */
    public record Result(Path folder, List<String> files) {
    }

    private final Templates templates;

    public StandaloneArticle(Templates templates) {
        this.templates = templates;
    }

    /**
     * @throws IllegalArgumentException if readers may not see the article (never published, withdrawn, under embargo, trashed)
     * @throws IllegalStateException if {@code folder} holds files that are not an earlier export of this kind and {@code force} is false
     */
    public Result write(SiteData source, long articleId, Path folder, boolean force) throws IOException {
        SiteIndex index = new SiteIndex(source);
        SiteIndex.Entry e = index.liveById.get(articleId);
        if (e == null) throw new IllegalArgumentException(whyNot(source, articleId));
        List<String> earlier = earlierOutput(folder, force);
        Views views = new Views(source);
        ArticlePages pages = new ArticlePages(index, views);
        PageViews.Page p = pages.page(e);
        String root = source.settings().baseUrl().isBlank() ? p.root() : source.settings().baseUrl();
        PageViews.Page page = new PageViews.Page(p.lang(), p.dir(), p.title(), p.description(), p.canonical(), p.ogType(), p.ogImage(), root, "",
                p.noindex());
        List<String> files = new ArrayList<>(List.of("index.html", "fragment.html", "style.css"));
        Files.createDirectories(folder);
        for (String f : earlier) Files.deleteIfExists(folder.resolve(f));
        write(folder, "index.html", templates.render("article.mustache", pages.view(e, page).withBody(pages.body(e, page))));
        write(folder, "fragment.html", HtmlRenderer.fragment(views.images("")).render(source.versions().complete(e.article()).body(), e.content().direction()));
        write(folder, "style.css", templates.source("style.css"));
        Set<String> shas = new LinkedHashSet<>();
        for (Block.Figure f : e.content().body().figures()) shas.add(f.assetId());
        for (String sha : shas) {
            var asset = views.image(sha);
            var bytes = source.imageBytes().apply(sha);
            if (asset.isEmpty() || bytes.isEmpty()) continue;
            String name = Views.imagePath(asset.get());
            Files.createDirectories(folder.resolve(name).getParent());
            Files.write(folder.resolve(name), bytes.get());
            files.add(name);
        }
        write(folder, MARKER, String.join("\n", files) + "\n");
        return new Result(folder, List.copyOf(files));
    }

    private static String whyNot(SiteData source, long id) {
        Article a = source.articles().stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (a == null) return "no article with id " + id;
        if (a.published() == null) return "article " + id + " has never been published; only published articles are exported";
        if (a.isTrashed()) return "article " + id + " is in the trash";
        if (a.status() == ArticleStatus.WITHDRAWN) return "article " + id + " was withdrawn";
        return "article " + id + " is under embargo until " + a.embargo();
    }

    /** The files an earlier export-article run wrote into {@code folder}, or a refusal. */
    private static List<String> earlierOutput(Path folder, boolean force) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (Files.exists(folder)) throw new IllegalStateException(folder + " is a file, not a folder");
            return List.of();
        }
        Path marker = folder.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            return Files.readAllLines(marker, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(f -> !f.isEmpty() && !f.contains("..") && !f.startsWith("/")).toList();
        }
        boolean empty;
        try (Stream<Path> s = Files.list(folder)) {
            empty = s.findAny().isEmpty();
        }
        if (!empty && !force) {
            throw new IllegalStateException(folder + " is not empty and holds no earlier export of an article; choose an empty folder "
                    + "or add --force to write into it anyway");
        }
        return List.of();
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
