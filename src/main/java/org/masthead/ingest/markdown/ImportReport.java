package org.masthead.ingest.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a Markdown import did: per file an outcome, and the errors and warnings with the file
 * and line they concern. Files that are not Markdown count as skipped and say nothing.
 */
public final class ImportReport {

    /** What became of one file. */
    public enum Outcome {
        /** A new article (or planned part) was made. */
        IMPORTED,
        /** The file changed since the last import: its article was updated. */
        UPDATED,
        /** The file is as it was at the last import: nothing was written. */
        UNCHANGED,
        /** Not imported on purpose (not Markdown, a Hugo section page, an article in the trash). */
        SKIPPED,
        /** Not imported: the file has an error. */
        FAILED
    }

    /** One file's outcome; {@code articleId} and {@code partId} are 0 when there is none. */
    public record FileResult(Path file, Outcome outcome, long articleId, long partId) {
    }

    /** An error or warning about a file; {@code line} is 1-based, 0 when it concerns the whole file. */
    public record Message(Path file, int line, boolean error, String text) {
        /** {@code FILE:LINE: error: TEXT}, the form compilers use, so editors can jump to it. */
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + (error ? "error" : "warning") + ": " + text;
        }
    }

    private final List<FileResult> files = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    public ImportReport() {
        for (Outcome o : Outcome.values()) counts.put(o, 0);
    }

    synchronized void add(FileResult r) {
        files.add(r);
        counts.merge(r.outcome(), 1, Integer::sum);
    }

    synchronized void message(Message m) {
        messages.add(m);
    }

    public List<FileResult> files() {
        return Collections.unmodifiableList(files);
    }

    public List<Message> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<Message> errors() {
        return messages.stream().filter(Message::error).toList();
    }

    public List<Message> warnings() {
        return messages.stream().filter(m -> !m.error()).toList();
    }

    public int count(Outcome o) {
        return counts.get(o);
    }

    public boolean hasErrors() {
        return count(Outcome.FAILED) > 0 || messages.stream().anyMatch(Message::error);
    }

    /** Errors first, then warnings, one {@code FILE:LINE: ...} line each. */
    public String details() {
        StringBuilder sb = new StringBuilder();
        for (Message m : errors()) sb.append(m).append('\n');
        for (Message m : warnings()) sb.append(m).append('\n');
        return sb.toString();
    }

    /** "Imported 3, updated 1, unchanged 10, skipped 2, failed 1." */
    public String summary() {
        return String.format("Imported %d, updated %d, unchanged %d, skipped %d, failed %d.", count(Outcome.IMPORTED),
                count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.SKIPPED), count(Outcome.FAILED));
    }
}
