package org.masthead.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.ArticleStore.SaveKind;
import org.masthead.store.Database;
import org.masthead.store.DemoPublication;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * The demo publication in a real SQLite file, with more of it published so that every kind of
 * page appears: part 2 of "Water and the City" published, an Arabic article, a withdrawn one,
 * one under embargo, and a pending update on part 1 that must never reach a page.
 */
final class DemoSite implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PENDING = "A pending headline readers must not see";
    static final String EMBARGOED = "Embargoed Until Next Year";
    static final String WITHDRAWN = "This article was withdrawn: a source retracted the figures it relied on.";

    final Database db;
    final ArticleStore articles;
    final ImageStore images;
    final SeriesStore series;
    final PublicationStore publication;
    long part1;
    long part2;
    long arabic;
    long embargoed;
    long withdrawn;

    DemoSite(Path dir) {
        db = Database.open(dir.resolve("demo.db"));
        articles = new ArticleStore(db);
        images = new ImageStore(db);
        series = new SeriesStore(db, articles);
        publication = new PublicationStore(db);
        new DemoPublication().load(articles, images, publication, series);
        part1 = idOf("The Cities That Buried");
        part2 = publish(idOf("Paying for Pipes"), NOW.minusSeconds(86_400 * 20), c -> c);
        arabic = publish(idOf("Voices From Two Deltas"), NOW.minusSeconds(86_400 * 10), c -> c.withLanguage("ar")
                .withHeadline("أصوات من دلتاوين: ما يقوله السكان عن المياه")
                .withByline(List.of(new Author("ليلى حداد", "باحثة في معهد المياه"))));
        withdrawn = publish(idOf("Small Ports Pay"), NOW.minusSeconds(86_400 * 5), c -> c);
        Article w = articles.load(withdrawn);
        articles.save(w.withdraw(WITHDRAWN, NOW.minusSeconds(86_400)), SaveKind.EXPLICIT);
        embargoed = publish(idOf("Heat Is the Quiet"), NOW.minusSeconds(86_400 * 2), c -> c.withHeadline(EMBARGOED)
                .withBody(Document.of(Block.Paragraph.of("Secret until the embargo lifts."))));
        articles.save(articles.load(embargoed).withEmbargo(NOW.plusSeconds(86_400 * 40)), SaveKind.EXPLICIT);
        Article p1 = articles.load(part1);
        articles.save(p1.withContent(p1.content().withHeadline(PENDING), NOW.minusSeconds(60)), SaveKind.EXPLICIT);
    }

    long idOf(String headlineStart) {
        return articles.list(ArticleStore.Filter.ALL).stream().filter(s -> s.headline().startsWith(headlineStart)).findFirst()
                .orElseThrow().id();
    }

    /** Takes an article to ready and publishes it at {@code at}, with its content changed first. */
    long publish(long id, Instant at, UnaryOperator<org.masthead.model.ArticleContent> change) {
        Article a = articles.load(id);
        a = a.withContent(change.apply(a.content()), at.minusSeconds(120));
        if (a.status() == ArticleStatus.SCHEDULED) a = a.moveTo(ArticleStatus.READY, at.minusSeconds(90));
        if (a.status() != ArticleStatus.READY) a = a.moveTo(ArticleStatus.READY, at.minusSeconds(60));
        return articles.save(a.publish(at, ZONE), SaveKind.PUBLISH).id();
    }

    SiteData source() {
        return SiteData.load(articles, images, series, publication, NOW);
    }

    List<SitePage> pages() {
        return new SiteBuilder(Templates.of(publication.site())).build(source());
    }

    /** The simplest exporter: every page's bytes at its path. */
    static void write(List<SitePage> pages, Path root) {
        try {
            for (SitePage p : pages) {
                Path f = root.resolve(p.path());
                Files.createDirectories(f.getParent());
                Files.write(f, p.content().get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
