package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.planning.Plan;
import org.masthead.store.ArticleStore.SaveKind;

class SiteBuilderTest {

    private static final String PART1 = "2026/03/the-cities-that-buried-their-rivers-are-digging-them-up/index.html";
    private static final String PART2 = "2026/11/paying-for-pipes-why-water-tariffs-keep-failing-the-poor/index.html";

    @TempDir
    Path dir;
    private DemoSite demo;

    @BeforeEach
    void open() {
        demo = new DemoSite(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private static Map<String, String> texts(List<SitePage> pages) {
        return pages.stream().collect(Collectors.toMap(SitePage::path, p -> new String(p.content().get(), StandardCharsets.UTF_8)));
    }

    private static Map<String, String> hashes(List<SitePage> pages) {
        return pages.stream().collect(Collectors.toMap(SitePage::path, SitePage::inputHash));
    }

    private Document page(String path) {
        return Jsoup.parse(texts(demo.pages()).get(path));
    }

    @Test
    void settingsLinksThatAreNotWebAddressesNeverReachAPage() {
        // The settings dialog refuses them, but a restored backup or an edited file could carry them.
        org.masthead.model.SiteSettings bad = new org.masthead.model.SiteSettings("https://example.org/opinion/", "en",
                List.of(new org.masthead.model.SiteSettings.Edition("Evil", "javascript:alert(1)", "en", "ltr"),
                        new org.masthead.model.SiteSettings.Edition("English", "https://example.org/", "en", "ltr")),
                "Opinion", "", "", "", "", "MM-dd-yyyy HH:mm",
                List.of(new org.masthead.model.SiteSettings.Link("Evil", "data:text/html,<script>alert(1)</script>")), "", "", "");
        demo.publication.saveSite(bad);
        String html = texts(demo.pages()).get(PART1);
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text").contains("https://example.org/");
    }

    @Test
    void theArticlePageHasOneH1LandmarksAndHeadingsInOrder() {
        Document d = page(PART1);
        assertThat(d.select("h1")).hasSize(1);
        assertThat(d.select("h1").text()).isEqualTo("The Cities That Buried Their Rivers Are Digging Them Up");
        assertThat(d.body().children()).extracting(Element::normalName).containsSubsequence("header", "nav", "main", "footer");
        assertThat(d.select("body > header")).hasSize(1);
        assertThat(d.select("body > main")).hasSize(1);
        assertThat(d.select("body > footer")).hasSize(1);
        assertThat(d.select("nav[aria-label]")).extracting(e -> e.attr("aria-label")).containsExactly("Editions", "Breadcrumb");
        int last = 0;
        for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.normalName().charAt(1) - '0';
            assertThat(level).as("heading \"" + h.text() + "\" after h" + last).isLessThanOrEqualTo(last + 1);
            last = level;
        }
    }

    @Test
    void theArticlePageCarriesMetaLineSeriesBoxTeaserAndBoilerplateFromThePlan() {
        Document d = page(PART2);
        assertThat(d.select("p.meta").text()).matches("Chen Yu · The Daily Meridian — Opinion · \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d BJT")
                .contains("11-11-2026 12:00 BJT");
        Plan water = demo.series.allPlans().stream().map(Plan::of).filter(p -> p.series().title().equals("Water and the City")).findFirst().orElseThrow();
        int i = water.indexOfArticle(demo.part2);
        assertThat(d.select(".series-box h2").text()).isEqualTo("Water and the City");
        assertThat(d.select(".series-box .part-label").text()).isEqualTo(water.partLabel(i)).isEqualTo("Part 2 of 3");
        assertThat(d.select(".series-box li")).extracting(Element::text).containsExactly(
                "The Cities That Buried Their Rivers Are Digging Them Up", "Paying for Pipes: Why Water Tariffs Keep Failing the Poor",
                "A plan that outlives its mayor");
        assertThat(d.select(".series-box li a")).hasSize(1); // part 1 linked; this part current; part 3 not published
        assertThat(d.select(".teaser").text()).isEqualTo(water.teaser(i).orElseThrow())
                .isEqualTo("Stay tuned for the next issue: A plan that outlives its mayor");
        assertThat(d.select(".teaser a")).isEmpty();
        assertThat(page(PART1).select(".teaser a").attr("href")).isEqualTo("../../../" + PART2.replace("index.html", ""));
        assertThat(d.select(".byline").text()).startsWith("By Adaeze Okafor, ");
        assertThat(d.select(".disclaimer").text()).contains("do not necessarily reflect");
        assertThat(d.select(".about a[href^=mailto:]").attr("href")).isEqualTo("mailto:opinion@example.org");
        assertThat(d.select(".follow a")).hasSize(3);
        assertThat(d.select(".recommend li").size()).isBetween(1, 5);
        assertThat(d.select(".recommend li a").first().text()).isEqualTo("The Cities That Buried Their Rivers Are Digging Them Up");
        Document corrected = page(PART1);
        assertThat(corrected.select("p.meta").text()).contains("Updated 03-04-2026 10:15 BJT");
        assertThat(corrected.select(".corrections p").text()).startsWith("03-04-2026 10:15 BJT: An earlier version");
    }

    @Test
    void everyHtmlPageHasACspMetaAndNoScriptAnywhere() {
        for (Map.Entry<String, String> e : texts(demo.pages()).entrySet()) {
            if (!e.getKey().endsWith(".html")) continue;
            Document d = Jsoup.parse(e.getValue());
            assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as(e.getKey())
                    .contains("default-src 'none'").contains("img-src 'self'").contains("style-src 'self'").doesNotContain("script-src");
            assertThat(d.select("script, base, iframe, object, embed, [style]")).as(e.getKey()).isEmpty();
            for (Element el : d.getAllElements()) {
                for (Attribute a : el.attributes()) assertThat(a.getKey()).as(e.getKey()).doesNotStartWith("on");
            }
            assertThat(d.select("link[rel=canonical]").attr("href")).as(e.getKey()).startsWith("https://example.org/opinion/");
        }
    }

    @Test
    void anArabicArticleSetsLangAndDirOnThePage() {
        String path = texts(demo.pages()).keySet().stream().filter(p -> p.contains("article-" + demo.arabic)).findFirst().orElseThrow();
        Document d = page(path);
        assertThat(d.select("html").attr("lang")).isEqualTo("ar");
        assertThat(d.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(d.select("header.site-header").attr("dir")).isEqualTo("ltr");
        assertThat(d.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(d.select("meta[property=og:title]").attr("content")).isEqualTo("أصوات من دلتاوين: ما يقوله السكان عن المياه");
    }

    @Test
    void aWithdrawnArticlesPageShowsOnlyItsNoticeAndIsListedNowhere() {
        Map<String, String> t = texts(demo.pages());
        String path = "2026/11/small-ports-pay-the-price-of-big-tariff-wars/index.html";
        Document d = Jsoup.parse(t.get(path));
        assertThat(d.select("main").text()).isEqualTo("This article has been withdrawn " + DemoSite.WITHDRAWN);
        assertThat(d.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        t.forEach((p, text) -> {
            if (!p.equals(path)) assertThat(text).as(p).doesNotContain("Small Ports Pay").doesNotContain("small-ports-pay");
        });
        assertThat(t.get(path)).doesNotContain("Small Ports Pay");
    }

    @Test
    void aPendingUpdateIsNeverExportedAndAnEmbargoedArticleAppearsNowhere() {
        List<SitePage> pages = demo.pages();
        Map<String, String> t = texts(pages);
        t.forEach((p, text) -> assertThat(text).as(p).doesNotContain(DemoSite.PENDING).doesNotContain(DemoSite.EMBARGOED)
                .doesNotContain("Secret until the embargo").doesNotContain("embargoed-until"));
        assertThat(t.keySet()).noneMatch(p -> p.contains("embargoed")).noneMatch(p -> p.contains("heat-and-the-megacity"));
        assertThat(t.get(PART1)).contains("<h1>The Cities That Buried Their Rivers Are Digging Them Up</h1>");
        assertThat(t.get("sitemap.xml")).doesNotContain("embargoed").doesNotContain("small-ports");
        assertThat(Jsoup.parse(t.get("index.html")).select(".item h2")).hasSize(3);
    }

    @Test
    void aPublishedArticleKeepsItsUrlWhenItsHeadlineChanges() {
        Article a = demo.articles.load(demo.part2);
        a = demo.articles.save(a.withContent(a.content().withHeadline("Pipes, Tariffs and the Poor"), DemoSite.NOW), SaveKind.EXPLICIT);
        demo.articles.save(a.publishUpdate(DemoSite.NOW.plusSeconds(60), DemoSite.ZONE, "The headline was changed."), SaveKind.PUBLISH);
        Map<String, String> t = texts(demo.pages());
        assertThat(Jsoup.parse(t.get(PART2)).select("h1").text()).isEqualTo("Pipes, Tariffs and the Poor");
        assertThat(Jsoup.parse(t.get(PART1)).select(".teaser a").text()).isEqualTo("Pipes, Tariffs and the Poor");
    }

    @Test
    void inputHashesAreStableAndFollowTheInputs() {
        Map<String, String> before = hashes(demo.pages());
        assertThat(hashes(demo.pages())).isEqualTo(before);
        // a pending update changes nothing readers see
        Article a = demo.articles.load(demo.part2);
        demo.articles.save(a.withContent(a.content().withSummary("Draft change"), DemoSite.NOW), SaveKind.EXPLICIT);
        assertThat(hashes(demo.pages())).isEqualTo(before);
        // publishing part 3 changes the pages that show it, and not the Arabic article's
        long part3 = demo.idOf("A River Plan");
        demo.publish(part3, DemoSite.NOW.minusSeconds(3600), c -> c);
        Map<String, String> after = hashes(demo.pages());
        List<String> changed = new ArrayList<>();
        before.forEach((p, h) -> {
            if (!h.equals(after.get(p))) changed.add(p);
        });
        assertThat(changed).contains(PART1, PART2, "index.html", "feed.xml", "sitemap.xml", "series/water-and-the-city/index.html",
                "series/water-and-the-city/feed.xml").doesNotContain("style.css", "404.html", "robots.txt");
        assertThat(after.keySet()).anyMatch(p -> p.contains("a-river-plan-that-outlives-its-mayor"));
    }

    @Test
    void eachPictureIsWrittenOnceUnderItsContentHash() {
        List<SitePage> pages = demo.pages();
        List<String> images = pages.stream().map(SitePage::path).filter(p -> p.startsWith("images/")).toList();
        assertThat(images).hasSize(2).allMatch(p -> p.matches("images/[0-9a-f]{16}\\.jpg"));
        assertThat(pages.stream().map(SitePage::path).collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .allSatisfy((p, n) -> assertThat(n).as(p).isEqualTo(1L));
    }

    @Test
    void pagesBuiltFromOutlinesAreThePagesOfTheCompleteVersionsAndReadOnlyTheBodiesTheyRender() {
        SiteData outlined = demo.source();
        SiteData complete = new SiteData(outlined.publication(), outlined.settings(), demo.articles.all(), outlined.slugs(), outlined.plans(),
                outlined.images(), outlined.imageBytes(), SiteData.Versions.carried(demo.articles.codec()::write), outlined.now());
        Article part1 = outlined.articles().stream().filter(a -> a.id() == demo.part1).findFirst().orElseThrow();
        assertThat(part1.published().body().blocks().size()).isLessThan(demo.articles.load(demo.part1).published().body().blocks().size());
        Templates t = Templates.of(demo.publication.site());
        List<SitePage> fromOutlines = new SiteBuilder(t).build(outlined);
        List<SitePage> fromComplete = new SiteBuilder(t).build(complete);
        assertThat(hashes(fromOutlines)).isEqualTo(hashes(fromComplete));
        assertThat(texts(fromOutlines)).isEqualTo(texts(fromComplete));
    }
}
