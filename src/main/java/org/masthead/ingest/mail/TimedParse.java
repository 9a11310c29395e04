package org.masthead.ingest.mail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link MailParser#parse} on a worker thread with a time limit per message, so that a
 * message built to make parsers loop or crawl cannot hang an import: past the limit the parse
 * is given up and reported as a failure, and the import goes on with the next message.
 *
 * <p>Java cannot stop a thread that ignores interruption. A worker that overruns is
 * interrupted, abandoned (it is a daemon thread, so it cannot keep the application alive) and
 * replaced by a fresh one. Every other failure, including an error escaping the parser, also
 * comes back as a reason, never as an exception. One instance serves one import at a time;
 * close it when the import ends.
 */
public final class TimedParse implements AutoCloseable {

    /** The default limit: generous for a 100 MB message, short enough that a reviewer waits for nothing. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);

    /** A parsed message, or the reason there is none. */
    public record Result(ParsedMail mail, String failure) {
        public boolean ok() {
            return mail != null;
        }

        static Result failed(String reason) {
            return new Result(null, reason);
        }
    }

    /** What is run under the limit: {@code MailParser::parse}, or a stand-in in tests. */
    @FunctionalInterface
    public interface Parse {
        ParsedMail parse(byte[] raw) throws MailParseException;
    }

    private final Parse parser;
    private final Duration limit;
    private ExecutorService worker;
    private int abandoned;

    public TimedParse(MailParser parser, Duration limit) {
        this((Parse) parser::parse, limit);
    }

    public TimedParse(Parse parser, Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("time limit must be positive: " + limit);
        this.parser = parser;
        this.limit = limit;
        this.worker = newWorker();
    }

    public TimedParse(MailParser parser) {
        this(parser, DEFAULT_LIMIT);
    }

    /** Parses {@code raw} within the time limit. Never throws. */
    public synchronized Result parse(byte[] raw) {
        Future<ParsedMail> f = worker.submit(() -> parser.parse(raw));
        try {
            return new Result(f.get(limit.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            abandoned++;
            return Result.failed("reading the message took longer than " + limit.toSeconds() + " s and was given up");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MailParseException mpe) return Result.failed(mpe.getMessage());
            return Result.failed("the message could not be read: " + cause);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return Result.failed("the import was interrupted while reading this message");
        }
    }

    /** Workers given up on because a parse overran; each may still be spinning. */
    public synchronized int abandonedWorkers() {
        return abandoned;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mail-parse");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void close() {
        worker.shutdownNow();
    }
}
