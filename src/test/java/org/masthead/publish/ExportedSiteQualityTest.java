package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole demo site written to a folder: every internal link resolves, and the W3C checker finds no error. */
class ExportedSiteQualityTest {

    @TempDir
    Path dir;

    private Path writeSite() {
        Path site = dir.resolve("site");
        try (DemoSite demo = new DemoSite(dir)) {
            DemoSite.write(demo.pages(), site);
        }
        return site;
    }

    /** Every href and src in every page of {@code root} that is not an absolute URL, as files that must exist. */
    static List<String> brokenInternalLinks(Path root) throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            for (Element e : Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                URI u = URI.create(url);
                if (u.getScheme() != null) {
                    // external: checked for form only, never fetched
                    assertThat(u.getScheme()).as(page + " " + url).isIn("http", "https", "mailto");
                    continue;
                }
                String path = u.getPath();
                if (path.isEmpty()) {
                    if (u.getFragment() != null) {
                        assertThat(Jsoup.parse(Files.readString(page)).getElementById(u.getFragment())).as(page + " " + url).isNotNull();
                    }
                    continue;
                }
                Path target = page.getParent().resolve(path).normalize();
                if (path.endsWith("/")) target = target.resolve("index.html");
                if (!target.startsWith(root) || !Files.isRegularFile(target)) broken.add(root.relativize(page) + " -> " + url);
            }
        }
        return broken;
    }

    @Test
    void everyInternalLinkAndImageResolvesToAFile() throws IOException {
        Path site = writeSite();
        assertThat(brokenInternalLinks(site)).isEmpty();
    }

    @Test
    void theW3cCheckerFindsNoErrorInAnyPage() throws Exception {
        Path script = Path.of(System.getProperty("masthead.shared", "../shared"), "tools", "vnu", "check.sh");
        Assumptions.assumeTrue(Files.isRegularFile(script), "no W3C checker at " + script.toAbsolutePath() + "; skipped");
        Assumptions.assumeTrue(onPath("jq"), "jq is not installed; the W3C check is skipped");
        Path site = writeSite();
        Process p = new ProcessBuilder("bash", script.toString(), site.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(p.exitValue() != 2, "the W3C checker could not run:\n" + out);
        System.out.println(out.lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElse(out));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("errors=0");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
