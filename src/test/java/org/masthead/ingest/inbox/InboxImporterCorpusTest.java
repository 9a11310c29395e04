package org.masthead.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.ingest.mail.MailSources;
import org.masthead.model.InboxQuery;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.SubmissionStore;

/**
 * Every message of ../shared/corpora/eml and ../shared/corpora/mbox goes into a real SQLite
 * inbox or into "Could not import": nothing escapes, nothing hangs, the counts add up message by
 * message, nothing is written beside the database, and importing the same files again adds nothing.
 */
class InboxImporterCorpusTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    private static Path corpus(String name) {
        Path p = Path.of(System.getProperty("masthead.shared", "../shared"), "corpora", name);
        Assumptions.assumeTrue(Files.isDirectory(p), "mail corpus not found at " + p.toAbsolutePath() + "; skipped");
        return p;
    }

    private static int messagesIn(List<Path> paths) {
        try (MailSources.Scan scan = new MailSources().scan(paths)) {
            int n = 0;
            while (scan.hasNext()) {
                scan.next();
                n++;
            }
            return n;
        }
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void everyCorpusMessageIsImportedOrKeptAsCouldNotImportAndASecondImportAddsNothing() throws IOException {
        List<Path> paths = List.of(corpus("eml"), corpus("mbox"));
        int messages = messagesIn(paths);
        assertThat(messages).isGreaterThan(100);
        Path work = dir.resolve("work");
        Files.createDirectories(work);
        Path db = work.resolve("inbox.db");
        try (Database d = Database.open(db)) {
            SubmissionStore store = new SubmissionStore(d, CLOCK);
            InboxImporter importer = new InboxImporter(store, new ImageStore(d), CLOCK, ZoneId.of("Europe/Berlin"));
            InboxImporter.Report first = importer.importPaths(paths, InboxImporter.Progress.NONE, () -> false);
            assertThat(first.messages()).as(first.summary()).isEqualTo(messages);
            assertThat(first.imported()).isGreaterThan(messages / 2);
            assertThat(store.failed()).hasSize(first.failed());
            for (var f : store.failed()) {
                assertThat(f.reason()).isNotBlank();
                assertThat(store.failedRaw(f.id())).isPresent();
            }
            assertThat(new ImageStore(d).count()).as("attached pictures became assets").isPositive();
            int items = store.count(InboxQuery.ALL);
            InboxImporter.Report again = importer.importPaths(paths, InboxImporter.Progress.NONE, () -> false);
            assertThat(again.imported()).as(again.summary()).isZero();
            assertThat(again.followUps()).isZero();
            assertThat(again.duplicates() + again.failed()).isEqualTo(messages);
            assertThat(store.count(InboxQuery.ALL)).isEqualTo(items);
            assertThat(store.failed()).hasSize(first.failed());
        }
        // nothing but the database and its own files beside it
        assertThat(tree(work)).allMatch(p -> p.isEmpty() || p.startsWith("inbox.db"));
    }
}
