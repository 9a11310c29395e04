package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.masthead.ingest.html.HtmlDocumentReader;

/**
 * Every vector of ../shared/corpora/xss goes the way outside HTML reaches a page: read into a
 * Document, rendered by the one renderer. Nothing that could run or restyle survives.
 */
class RendererXssCorpusTest {

    /** Every element and attribute the renderer may write. */
    private static final Set<String> TAGS = Set.of("html", "head", "body", "p", "h2", "h3", "blockquote", "ul", "ol", "li", "a", "strong",
            "em", "sup", "section", "figure", "img", "figcaption", "small", "hr");
    private static final Set<String> ATTRIBUTES = Set.of("href", "id", "class", "dir", "aria-label", "aria-labelledby", "src", "alt", "width",
            "height");

    private static Path vectors() {
        return Path.of(System.getProperty("masthead.shared", "../shared"), "corpora", "xss", "vectors");
    }

    @Test
    void noVectorGetsScriptsHandlersJavascriptUrlsBaseRefreshOrStylesThroughTheRenderer() throws IOException {
        Path dir = vectors();
        Assumptions.assumeTrue(Files.isDirectory(dir), "XSS corpus not found at " + dir.toAbsolutePath() + "; skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        HtmlDocumentReader reader = new HtmlDocumentReader();
        HtmlRenderer renderer = HtmlRenderer.page(id -> Optional.of(new HtmlRenderer.Image("images/x.jpg", 1, 1)));
        for (Path f : files) {
            String name = f.getFileName().toString();
            String html = renderer.render(reader.read(Files.readString(f, StandardCharsets.UTF_8)));
            assertThat(html.toLowerCase(Locale.ROOT)).as(name).doesNotContain("<script", "<base", "<meta", "<style", "<iframe", "<svg",
                    "<math", "<object", "<embed", "<link", "<form");
            for (Element e : Jsoup.parse(html).body().getAllElements()) {
                assertThat(e.normalName()).as(name).isIn(TAGS);
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as(name + " <" + e.normalName() + ">").isIn(ATTRIBUTES);
                    if (a.getKey().equals("href") || a.getKey().equals("src")) {
                        String v = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\x00-\\x20]", "");
                        assertThat(v).as(name + " " + a).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                                .doesNotStartWith("data:");
                        assertThat(HtmlRenderer.isSafeHref(a.getValue())).as(name + " " + a).isTrue();
                    }
                }
            }
        }
        System.out.println("XSS corpus through the renderer: " + files.size() + " vectors, none got through");
    }
}
