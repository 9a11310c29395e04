package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;

/** {@code masthead import-md}: summary on stdout, FILE:LINE errors on stderr, exit 1 when a file failed. */
class ImportMdCliTest {

    @TempDir
    Path dir;

    CliRunner.Result run(String... args) {
        return new CliRunner(dir, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)).run(args);
    }

    @Test
    void importsFoldersAndFilesReportsBadFilesWithTheirLineAndExitsOne() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/sub"));
        Files.writeString(site.resolve("a.md"), "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n");
        Files.writeString(site.resolve("bad.md"), "---\ntitle: B\nstatus: sometime\n---\nText.\n");
        Files.writeString(site.resolve("skip.txt"), "not markdown");
        Path single = Files.writeString(dir.resolve("one.md"), "---\ntitle: One\nstatus: draft\n---\n");
        String db = dir.resolve("m.db").toString();

        CliRunner.Result r = run("--db", db, "import-md", dir.resolve("site").toString(), single.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualToIgnoringNewLines("Imported 2, updated 0, unchanged 0, skipped 1, failed 1.");
        assertThat(r.err()).contains(site.resolve("bad.md") + ":3: error: unknown status 'sometime'");
        try (Database d = Database.open(dir.resolve("m.db"))) {
            assertThat(new ArticleStore(d).count()).isEqualTo(2);
        }

        Files.delete(site.resolve("bad.md"));
        CliRunner.Result again = run("--db", db, "import-md", "--json", dir.resolve("site").toString(), single.toString());
        assertThat(again.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(again.out());
        assertThat(j.get("unchanged").asInt()).isEqualTo(2);
        assertThat(j.get("imported").asInt()).isZero();
        assertThat(j.get("files")).hasSize(3);
    }

    @Test
    void aMissingPathIsAnError() {
        CliRunner.Result r = run("--db", dir.resolve("m.db").toString(), "import-md", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nowhere: error: no such file or folder");
    }
}
