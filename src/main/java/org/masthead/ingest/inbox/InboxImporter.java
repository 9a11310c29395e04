package org.masthead.ingest.inbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.masthead.ingest.mail.MailSources;
import org.masthead.ingest.mail.RawMail;
import org.masthead.ingest.mailbox.ImapFetcher;
import org.masthead.ingest.mailbox.MailboxException;
import org.masthead.ingest.mailbox.MailboxState;
import org.masthead.ingest.mailbox.MailboxStateStore;
import org.masthead.model.MailboxSettings;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.MinHash;

/**
 * Brings mail into the inbox: .eml and mbox files and folders of them, a fetch from the
 * section's IMAP mailbox, or one message of "Could not import" again. Messages are read and
 * judged on all cores, each within a time limit, and stored in their order in batches (one
 * transaction each); one bad message never stops an import, and every message keeps its raw
 * bytes, in the inbox or in "Could not import". The same command from the CLI, the window and
 * the fetch; it runs on the caller's thread (the window calls it from a background task).
 */
public final class InboxImporter {

    /** How long one message may take to read, attachments and all. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);

    /** Where an import is: messages done, of how many ({@code -1}: not known yet), at what rate, now at which. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, perSecond, current) -> { };

        void update(int done, int total, double perSecond, String current);
    }

    /** What an import did. */
    public record Report(int imported, int duplicates, int followUps, int failed, int skippedFiles, boolean cancelled,
                         List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public int messages() {
            return imported + duplicates + followUps + failed;
        }

        /** One line for people: "12 imported, 3 already there, 1 follow-up, 2 could not be imported". */
        public String summary() {
            return imported + " imported, " + duplicates + " already there, " + followUps + (followUps == 1 ? " follow-up" : " follow-ups")
                    + ", " + failed + " could not be imported" + (skippedFiles > 0 ? ", " + skippedFiles + " files skipped (not mail)" : "")
                    + (cancelled ? " (cancelled)" : "");
        }
    }

    private final SubmissionStore store;
    private final ImageStore images;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration limit;
    private final MinHash minHash = new MinHash();

    public InboxImporter(SubmissionStore store, ImageStore images, Clock clock, ZoneId zone, Duration limit) {
        this.store = store;
        this.images = images;
        this.clock = clock;
        this.zone = zone;
        this.limit = limit;
    }

    public InboxImporter(SubmissionStore store, ImageStore images, Clock clock, ZoneId zone) {
        this(store, images, clock, zone, DEFAULT_LIMIT);
    }

    /** Imports .eml and mbox files and folders of them (recursively); other files are skipped. */
    public Report importPaths(List<Path> paths, Progress progress, BooleanSupplier cancelled) {
        try (MailSources.Scan scan = new MailSources().scan(paths)) {
            Report r = run(scan, -1, progress, cancelled);
            List<String> problems = new ArrayList<>(r.problems());
            for (MailSources.Problem p : scan.unreadable()) problems.add(p.source() + ": " + p.reason());
            return new Report(r.imported(), r.duplicates(), r.followUps(), r.failed(), scan.skipped(), r.cancelled(), problems);
        }
    }

    /** Imports messages already in memory ({@code total} of them, or -1), e.g. a test's or a fetch's. */
    public Report importMessages(Iterator<RawMail> messages, int total, Progress progress, BooleanSupplier cancelled) {
        return run(messages, total, progress, cancelled);
    }

    /**
     * Fetches what is new in the section's mailbox since the last fetch and imports it; the
     * mailbox's place (UIDVALIDITY, last UID) is saved after the messages are stored, so a
     * stop in between fetches them again and the import finds them already there.
     */
    public Report fetch(MailboxSettings settings, char[] password, PublicationStore settingsStore, Progress progress,
                        BooleanSupplier cancelled) throws MailboxException {
        MailboxStateStore states = new MailboxStateStore(settingsStore);
        List<RawMail> fetched = new ArrayList<>();
        MailboxState after = new ImapFetcher().fetch(settings, password, states.load(settings),
                (uid, raw) -> fetched.add(new RawMail("imap:" + settings.folder() + "#" + uid, raw)),
                (done, total, soFar) -> progress.update(0, -1, 0, "fetching " + done + " of " + total), cancelled);
        Report r = run(fetched.iterator(), fetched.size(), progress, cancelled);
        if (!r.cancelled()) states.save(settings, after);
        return r;
    }

    /**
     * Reads one message of "Could not import" again (after an update of Masthead, say): into
     * the inbox and off the list when it reads now, else its reason brought up to date.
     */
    public Report retry(long failedId) {
        byte[] raw = store.failedRaw(failedId).orElseThrow(() -> new IllegalArgumentException("no message " + failedId + " in \"Could not import\""));
        String source = store.failed().stream().filter(f -> f.id() == failedId).map(f -> f.source()).findFirst().orElse("retry");
        Report r = run(List.of(new RawMail(source, raw)).iterator(), 1, Progress.NONE, () -> false);
        // now in the inbox (or found there already): off the list; else the store kept the one entry, with today's reason
        if (r.failed() == 0) store.removeFailed(failedId);
        return r;
    }

    /**
     * Band keys made by an older signature format never meet new ones: before the first import
     * after such a change, every submission's keys are made again (once; the format is recorded).
     */
    private void rekeyIfOutdated() {
        if (store.bandFormat() == MinHash.FORMAT_VERSION) return;
        store.rebuildBands(MinHash.FORMAT_VERSION, text -> {
            MinHash.Signature sig = minHash.signature(text);
            return sig.isEmpty() ? new long[0] : minHash.bandKeys(sig);
        });
    }

    private Report run(Iterator<RawMail> messages, int total, Progress progress, BooleanSupplier cancelled) {
        rekeyIfOutdated();
        InboxWriter writer = new InboxWriter(store, images, minHash);
        long start = System.nanoTime();
        ThreadLocal<MessageReader> readers = ThreadLocal.withInitial(() -> new MessageReader(minHash, clock, zone));
        Iterator<Sized> inputs = new Iterator<>() {
            public boolean hasNext() {
                return messages.hasNext();
            }

            public Sized next() {
                return new Sized(messages.next());
            }
        };
        // The writer stores on a thread of its own, so the readers never wait while a batch is written.
        WriterThread writing = new WriterThread(writer, progress, total, start);
        store.bulk(true);
        writing.start();
        boolean stopped;
        try (Lanes lanes = new Lanes(Runtime.getRuntime().availableProcessors(), limit, 64L << 20)) {
            stopped = lanes.run(inputs,
                    in -> readers.get().read(in.mail.source(), in.mail.bytes()),
                    in -> PreparedMail.failed(in.mail.source(), in.mail.bytes(),
                            "reading the message took longer than " + limit.toSeconds() + " s and was given up"),
                    in -> PreparedMail.failed(in.mail.source(), in.mail.bytes(), "the message could not be read"),
                    writing::put, () -> cancelled.getAsBoolean() || writing.failure() != null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
        try {
            writing.finish();
        } finally {
            store.bulk(false);
        }
        return writer.report(stopped && writing.failure() == null);
    }

    /** Stores prepared messages in order from a bounded queue; a failure stops the import and is rethrown to its caller. */
    private static final class WriterThread extends Thread {
        private static final PreparedMail END = PreparedMail.failed("", new byte[0], "");
        private final java.util.concurrent.BlockingQueue<PreparedMail> queue = new java.util.concurrent.ArrayBlockingQueue<>(256);
        private final InboxWriter writer;
        private final Progress progress;
        private final int total;
        private final long start;
        private volatile RuntimeException failure;

        WriterThread(InboxWriter writer, Progress progress, int total, long start) {
            super("masthead-inbox-writer");
            setDaemon(true);
            this.writer = writer;
            this.progress = progress;
            this.total = total;
            this.start = start;
        }

        @Override
        public void run() {
            int done = 0;
            try {
                for (PreparedMail p = queue.take(); p != END; p = queue.take()) {
                    writer.accept(p);
                    done++;
                    double seconds = (System.nanoTime() - start) / 1e9;
                    progress.update(done, total, seconds > 0 ? done / seconds : 0, p.source());
                }
                if (failure == null) writer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
                // keep taking what the readers still hand over, so that they never block on a full queue
                try {
                    while (queue.take() != END) {
                        // dropped: the import stops at the failure, which its caller gets
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        RuntimeException failure() {
            return failure;
        }

        void put(PreparedMail p) {
            try {
                queue.put(p);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            }
        }

        /** Waits for everything queued to be stored; rethrows what stopped the writer. */
        void finish() {
            put(END);
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) throw failure;
        }
    }

    /** A message waiting to be read, sized for the lanes' memory bound. */
    private record Sized(RawMail mail) implements Lanes.Sized {
        public long size() {
            return mail.bytes().length;
        }
    }
}
