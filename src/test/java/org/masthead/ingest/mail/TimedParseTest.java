package org.masthead.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimedParseTest {

    private static final byte[] MAIL = "From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aParseThatNeverEndsIsGivenUpAndTheNextMessageStillParses() throws Exception {
        MailParser real = new MailParser();
        real.parse(MAIL); // loads the parser's classes before the clock runs
        AtomicBoolean release = new AtomicBoolean();
        AtomicBoolean first = new AtomicBoolean(true);
        TimedParse.Parse hangsOnce = raw -> {
            if (first.getAndSet(false)) {
                while (!release.get()) {
                    Thread.onSpinWait(); // ignores interruption, like a parser caught in a loop
                }
            }
            return real.parse(raw);
        };
        try (TimedParse timed = new TimedParse(hangsOnce, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            TimedParse.Result stuck = timed.parse(MAIL);
            assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
            assertThat(stuck.ok()).isFalse();
            assertThat(stuck.failure()).contains("took longer than");
            assertThat(timed.abandonedWorkers()).isEqualTo(1);
            release.set(true); // the abandoned worker may end now instead of spinning through the other tests
            TimedParse.Result next = timed.parse(MAIL); // on a fresh worker
            assertThat(next.failure()).isNull();
            assertThat(next.mail().subject()).isEqualTo("hi");
        } finally {
            release.set(true);
        }
    }

    @Test
    void parseFailuresAndUnexpectedErrorsComeBackAsReasons() {
        try (TimedParse timed = new TimedParse(new MailParser(), Duration.ofSeconds(5))) {
            assertThat(timed.parse(new byte[0]).failure()).isEqualTo("the file is empty");
        }
        try (TimedParse timed = new TimedParse(raw -> { throw new StackOverflowError(); }, Duration.ofSeconds(5))) {
            assertThat(timed.parse(MAIL).failure()).startsWith("the message could not be read").contains("StackOverflowError");
        }
    }
}
