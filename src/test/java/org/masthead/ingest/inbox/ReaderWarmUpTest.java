package org.masthead.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.masthead.model.AttachmentOutcome;
import org.masthead.triage.MinHash;

/** The warm-up's built-in message goes the whole way through a reading lane: HTML body, Word attachment, language. */
class ReaderWarmUpTest {

    @Test
    void theBuiltInMessageReadsAsASubmissionWithItsWordPiece() throws Exception {
        PreparedMail p = new MessageReader(new MinHash(), Clock.systemUTC(), ZoneOffset.UTC).read("warm-up", ReaderWarmUp.message());
        assertThat(p.ok()).as(String.valueOf(p.failure())).isTrue();
        assertThat(p.message().plainText()).contains("public audit");
        assertThat(p.message().attachments()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttachmentOutcome.DOCUMENT);
            assertThat(a.text()).contains("water plan");
        });
        assertThat(p.message().draft().language()).isEqualTo("en");
        assertThat(p.signature()).isNotNull();
    }

    @Test
    void readingItOnceNeverThrows() {
        ReaderWarmUp.readOnce();
    }

    @Test
    void theWarmUpStopsWhenTold() throws InterruptedException {
        ReaderWarmUp w = ReaderWarmUp.startSoon();
        w.stop();
        Thread.sleep(200);
        // its thread ends after the reading under way (a daemon: it would never keep the JVM up)
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("masthead-import-warm-up"))
                && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("masthead-import-warm-up"));
    }
}
