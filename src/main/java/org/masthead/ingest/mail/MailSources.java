package org.masthead.ingest.mail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns the paths a user chose (files and folders, searched recursively) into a sequence of
 * raw messages, one at a time: an mbox file of a gigabyte is read message by message.
 *
 * <p>What is read: {@code .eml} files as one message each; {@code .mbox} and {@code .mbx}
 * files and files named {@code mbox} as mbox files ({@link MboxReader} states the "From "
 * policy); files without an extension, and files in a Maildir {@code cur}/{@code new} folder,
 * by their content: an envelope line followed by a header makes an mbox, a header line makes a
 * message. Anything else is skipped without a word and counted. Folders are read in path
 * order, so two imports of the same folder see the same messages in the same order. A file
 * that cannot be read is reported in {@link Scan#unreadable()}, and the scan goes on.
 */
public final class MailSources {

    private static final int SNIFF_BYTES = 4096;

    /** A path that could not be read, and why. */
    public record Problem(String source, String reason) {
    }

    private enum Kind { MESSAGE, MBOX, SKIP }

    /** Starts a scan over {@code paths} in the order given; folders are expanded, sorted, when the scan reaches them. */
    public Scan scan(List<Path> paths) {
        return new Scan(List.copyOf(paths));
    }

    /** The messages of one scan. Close it to release an mbox file left half-read. */
    public static final class Scan extends Lookahead<RawMail> implements AutoCloseable {
        private final List<Path> pending = new ArrayList<>();
        private final List<Problem> unreadable = new ArrayList<>();
        private int skipped;
        private int files;
        private MboxReader mbox;
        private String mboxPath;

        private Scan(List<Path> roots) {
            pending.addAll(roots);
        }

        /** Files passed over because they are not mail (by name or content). */
        public int skipped() {
            return skipped;
        }

        /** Mail files read so far (an mbox counts once). */
        public int files() {
            return files;
        }

        /** Paths that could not be read, with the reason. */
        public List<Problem> unreadable() {
            return List.copyOf(unreadable);
        }

        /** The remaining messages as a stream; closing the stream closes the scan. */
        public Stream<RawMail> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                    .onClose(this::close);
        }

        @Override
        protected RawMail advance() {
            while (true) {
                if (mbox != null) {
                    try {
                        if (mbox.hasNext()) return mbox.next();
                    } catch (UncheckedIOException e) {
                        unreadable.add(new Problem(mboxPath, "read error after " + mbox.count() + " messages: " + e.getCause().getMessage()));
                    }
                    closeMbox();
                }
                if (pending.isEmpty()) return null;
                RawMail single = openNext(pending.remove(0));
                if (single != null) return single;
            }
        }

        /** Opens a file or lists a folder; returns the message of a single-message file, else null. */
        private RawMail openNext(Path p) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    pending.addAll(0, s.filter(Files::isRegularFile).sorted().toList());
                } catch (IOException | UncheckedIOException e) {
                    unreadable.add(new Problem(p.toString(), "the folder could not be listed: " + e.getMessage()));
                }
                return null;
            }
            if (!Files.isRegularFile(p)) {
                unreadable.add(new Problem(p.toString(), Files.exists(p) ? "not a regular file" : "no such file or folder"));
                return null;
            }
            try {
                Kind kind = kind(p);
                if (kind == Kind.SKIP) {
                    skipped++;
                } else if (kind == Kind.MESSAGE) {
                    files++;
                    return new RawMail(p.toString(), Files.readAllBytes(p));
                } else {
                    files++;
                    mbox = new MboxReader(new BufferedInputStream(Files.newInputStream(p)), p.toString());
                    mboxPath = p.toString();
                }
            } catch (IOException | RuntimeException e) {
                unreadable.add(new Problem(p.toString(), "could not be read: " + e.getMessage()));
            }
            return null;
        }

        private void closeMbox() {
            try {
                mbox.close();
            } catch (IOException e) {
                // reading is over; a failing close loses nothing
            }
            mbox = null;
        }

        @Override
        public void close() {
            if (mbox != null) closeMbox();
            pending.clear();
        }
    }

    private static Kind kind(Path p) throws IOException {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".eml")) return Kind.MESSAGE;
        if (name.endsWith(".mbox") || name.endsWith(".mbx") || name.equals("mbox")) return Kind.MBOX;
        Path parent = p.getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        boolean maildir = folder.equals("cur") || folder.equals("new");
        if (name.indexOf('.') >= 0 && !maildir) return Kind.SKIP;
        return sniff(p);
    }

    private static Kind sniff(Path p) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        byte[] b = MailBytes.startsWithBom(head) ? java.util.Arrays.copyOfRange(head, 3, head.length) : head;
        int firstEnd = 0;
        while (firstEnd < b.length && b[firstEnd] != '\n') firstEnd++;
        byte[] firstLine = java.util.Arrays.copyOf(b, firstEnd);
        if (MboxReader.isEnvelope(firstLine)) {
            int secondEnd = firstEnd + 1;
            while (secondEnd < b.length && b[secondEnd] != '\n') secondEnd++;
            if (firstEnd + 1 < b.length && MboxReader.isHeaderLine(java.util.Arrays.copyOfRange(b, firstEnd + 1, secondEnd))) {
                return Kind.MBOX;
            }
        }
        return MboxReader.isHeaderLine(firstLine) ? Kind.MESSAGE : Kind.SKIP;
    }
}
