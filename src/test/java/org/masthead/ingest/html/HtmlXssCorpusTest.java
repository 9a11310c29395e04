package org.masthead.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/** Runs the shared XSS vectors through the paste reader: nothing throws, no link keeps a dangerous scheme. */
class HtmlXssCorpusTest {

    private static Path vectors() {
        String shared = System.getProperty("masthead.shared", "../shared");
        return Path.of(shared, "corpora", "xss", "vectors");
    }

    @Test
    void everyVectorReadsWithoutThrowingAndKeepsOnlySafeLinks() throws IOException {
        Path dir = vectors();
        Assumptions.assumeTrue(Files.isDirectory(dir), "XSS corpus not found at " + dir.toAbsolutePath() + "; skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Assumptions.assumeTrue(!files.isEmpty(), "no .html vectors in " + dir);
        HtmlDocumentReader reader = new HtmlDocumentReader();
        int links = 0;
        for (Path f : files) {
            String html = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            Document[] out = new Document[1];
            assertThatCode(() -> out[0] = reader.read(html)).as(f.getFileName().toString()).doesNotThrowAnyException();
            for (Block b : out[0].blocks()) {
                if (!(b instanceof Block.TextBlock t)) continue;
                for (Run r : t.runs()) {
                    assertThat(r.text()).as(f.getFileName() + " run").doesNotContain("\n", "\r");
                    String href = r.marks().href();
                    if (href == null) continue;
                    links++;
                    String scheme = href.substring(0, Math.max(href.indexOf(':'), 0)).toLowerCase(Locale.ROOT);
                    assertThat(scheme).as(f.getFileName() + " href " + href).isIn("http", "https", "mailto");
                    assertThat(href).as(f.getFileName() + " href").doesNotContainPattern("[\\x00-\\x20\\x7f]");
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(0);
        System.out.println("XSS corpus: " + files.size() + " vectors read, " + links + " safe links kept");
    }
}
