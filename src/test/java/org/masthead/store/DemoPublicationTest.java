package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.model.ImageAsset;
import org.masthead.model.Publication;
import org.masthead.model.text.Block;
import org.masthead.model.text.TextDirection;

class DemoPublicationTest {

    @TempDir
    Path dir;
    private Backend backend;

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void theDemoBringsTwoSeriesPlansWhosePartsAreItsArticles() {
        try (Database db = backend.open(dir.resolve("series.db"))) {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore series = new SeriesStore(db, articles);
            new DemoPublication().load(articles, new ImageStore(db), new PublicationStore(db), series);
            java.util.List<org.masthead.planning.Plan> plans = series.allPlans().stream().map(org.masthead.planning.Plan::of).toList();
            assertThat(plans).extracting(p -> p.series().title()).containsExactly("Heat and the Megacity", "Water and the City");
            org.masthead.planning.Plan water = plans.get(1);
            assertThat(water.parts()).extracting(org.masthead.model.PlanPart::statusKey).containsExactly("published", "editing", "scheduled");
            assertThat(water.partLabel(2)).isEqualTo("Part 3 of 3");
            assertThat(water.editorsNote(1)).isEqualTo(water.parts().get(1).article() == null ? "" :
                    "This is the 2nd article in a 3-part series on urban water policy.");
            assertThat(water.teaser(0)).contains("Stay tuned for the next issue: Paying for pipes"); // the plan's title until part 2 is published
            org.masthead.planning.Plan heat = plans.get(0);
            assertThat(heat.count()).isEqualTo(4);
            assertThat(heat.parts().get(0).statusKey()).isEqualTo("ready");
            assertThat(heat.parts().get(1).statusKey()).isEqualTo("commissioned");
            // the ready part waits in the pool; the articles not in a series are stand-alone
            assertThat(series.standaloneArticles()).isEmpty();
        }
    }

    @BackendTest
    void theDemoLoadsIntoAnEmptyDatabaseWithOneArticlePerStatus() {
        try (Database db = backend.open(dir.resolve("demo.db"))) {
            ArticleStore articles = new ArticleStore(db);
            ImageStore images = new ImageStore(db);
            PublicationStore pub = new PublicationStore(db);
            assertThat(DemoPublication.isOffered(articles, pub)).isTrue();

            int n = new DemoPublication().load(articles, images, pub);

            assertThat(n).isEqualTo(8);
            assertThat(DemoPublication.isOffered(articles, pub)).isFalse();
            Map<ArticleStatus, Integer> counts = articles.countByStatus();
            assertThat(counts).containsEntry(ArticleStatus.IDEA, 1).containsEntry(ArticleStatus.DRAFT, 1)
                    .containsEntry(ArticleStatus.EDITING, 1).containsEntry(ArticleStatus.WITH_AUTHOR, 1)
                    .containsEntry(ArticleStatus.READY, 1).containsEntry(ArticleStatus.SCHEDULED, 1)
                    .containsEntry(ArticleStatus.PUBLISHED, 1).containsEntry(ArticleStatus.SPIKED, 1)
                    .containsEntry(ArticleStatus.WITHDRAWN, 0);
            Publication p = pub.get();
            assertThat(p.name()).isEqualTo("The Daily Meridian — Opinion");
            assertThat(p.defaultZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(p.zoneLabel(p.defaultZone(), Instant.EPOCH)).isEqualTo("BJT");
            assertThat(images.count()).isEqualTo(2);
            assertThat(db.integrityCheck()).isEqualTo("ok");

            for (Article a : articles.all()) {
                ArticleContent c = a.content();
                assertThat(c.headline()).as("headline").isNotBlank();
                assertThat(c.summary()).as(c.headline()).isNotBlank();
                assertThat(c.responsibleEditor()).as(c.headline()).isNotBlank();
                assertThat(c.tags()).as(c.headline()).isNotEmpty();
                assertThat(c.body().isEmpty()).as(c.headline()).isFalse();
            }
            ArticleSummary scheduled = articles.scheduled(5).get(0);
            assertThat(scheduled.scheduledAt()).isEqualTo(Instant.parse("2026-12-15T00:30:00Z"));
        }
    }

    @BackendTest
    void thePublishedArticleHasItsCorrectionAndItsFiguresResolveToStoredImages() {
        try (Database db = backend.open(dir.resolve("demo.db"))) {
            ArticleStore articles = new ArticleStore(db);
            ImageStore images = new ImageStore(db);
            new DemoPublication().load(articles, images, new PublicationStore(db));
            Article pub = articles.load(articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.PUBLISHED)).get(0).id());

            List<Block.Figure> figures = pub.content().body().figures();
            assertThat(figures).hasSize(2);
            for (Block.Figure f : figures) {
                assertThat(f.caption()).isNotBlank();
                assertThat(f.credit()).isNotBlank();
                assertThat(f.alt()).isNotBlank();
                ImageAsset img = images.info(f.assetId()).orElseThrow();
                assertThat(img.mime()).isEqualTo("image/jpeg");
                assertThat(img.width()).isEqualTo(640);
                assertThat(img.height()).isEqualTo(400);
                assertThat(img.size()).isLessThan(60 * 1024);
            }
            assertThat(pub.corrections()).singleElement().satisfies(c -> assertThat(c.text()).contains("1958"));
            assertThat(pub.published()).isEqualTo(pub.content());
            assertThat(pub.content().body().plainText()).contains("covered in 1958");
            assertThat(pub.firstPublished().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(new PublicationStore(db).get().formatMeta(pub.firstPublished())).isEqualTo("03-03-2026 15:40 BJT");
            assertThat(pub.lastUpdated().instant()).isEqualTo(Instant.parse("2026-03-04T02:15:00Z"));
            assertThat(pub.content().body().notes()).hasSize(1);
            // the first published text is kept as a published revision
            long firstPublishedRev = articles.revisions(pub.id()).stream().filter(r -> r.published())
                    .min(java.util.Comparator.comparing(r -> r.createdAt())).orElseThrow().id();
            assertThat(articles.revisionContent(firstPublishedRev).body().plainText()).contains("covered in 1968");
        }
    }

    @BackendTest
    void theChineseAndArabicArticleRoundTripsThroughTheDatabase() {
        Path f = dir.resolve("demo.db");
        long id;
        String zh = "我们小区以前一下大雨就积水。现在路边种了草，雨水慢慢渗进地里，孩子们又可以在雨后出门玩了。";
        String ar = "كنا نشتري الماء من الشاحنات في الصيف. الآن تصل المياه إلى البيت كل صباح، لكننا ما زلنا نخزنها في خزان على السطح.";
        ArticleContent loaded;
        try (Database db = backend.open(f)) {
            ArticleStore articles = new ArticleStore(db);
            new DemoPublication().load(articles, new ImageStore(db), new PublicationStore(db));
            id = articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.WITH_AUTHOR)).get(0).id();
            loaded = articles.load(id).content();
        }
        try (Database db = backend.open(f)) {
            ArticleStore articles = new ArticleStore(db);
            ArticleContent c = articles.load(id).content();
            assertThat(c).isEqualTo(loaded);
            List<String> quotes = c.body().blocks().stream().filter(Block.Quote.class::isInstance)
                    .map(b -> ((Block.Quote) b).text()).toList();
            assertThat(quotes).containsExactly(zh, ar);
            assertThat(TextDirection.ofText(quotes.get(1), TextDirection.LTR)).isEqualTo(TextDirection.RTL);
            assertThat(articles.list(ArticleStore.Filter.ALL.withQuery("渗进地里"))).extracting(ArticleSummary::id).containsExactly(id);
            assertThat(articles.list(ArticleStore.Filter.ALL.withQuery("الشاحنات"))).extracting(ArticleSummary::id).containsExactly(id);
            assertThat(c.body().plainText()).contains("الماء لا يعرف حدود البلديات");
        }
    }

    @BackendTest
    void theDemoIsNotLoadedOverExistingArticlesAndCanBeDeclined() {
        try (Database db = backend.open(dir.resolve("demo.db"))) {
            ArticleStore articles = new ArticleStore(db);
            PublicationStore pub = new PublicationStore(db);
            new DemoPublication().decline(pub);
            assertThat(DemoPublication.isOffered(articles, pub)).isFalse();
            articles.create(Article.create(ArticleContent.EMPTY.withHeadline("Mine"), Instant.now()));
            assertThatThrownBy(() -> new DemoPublication().load(articles, new ImageStore(db), pub))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(articles.count()).isEqualTo(1);
        }
    }
}
