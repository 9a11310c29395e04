package org.masthead.ui.inbox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.masthead.model.MailboxSettings;
import org.masthead.triage.ReplyKind;

/**
 * What the inbox screens need from the mail side (importing, fetching, converting, replying),
 * as the smallest seam: the composition root implements it over {@code ingest.inbox}'s
 * importer, converter and replies, so this package depends on no ingest class. Each method
 * runs on the worker thread.
 */
public interface MailWork {

    /** Progress of a long import: {@code total} is -1 when unknown. */
    interface Progress {
        void update(int done, int total, double perSecond, String current);
    }

    /** What an import or fetch did, in words for the summary dialog. */
    record Summary(String text, boolean cancelled) {
    }


    Summary importPaths(List<Path> paths, Progress p, BooleanSupplier cancelled);

    Summary fetch(MailboxSettings settings, char[] password, Progress p, BooleanSupplier cancelled);

    Summary retry(long failedId);

    /** Converts an accepted submission into an article draft; returns the article id. */
    long convert(long submissionId, String actor);

    /** Sends over SMTP (password as for fetching) and logs it. */
    void send(long submissionId, ReplyKind kind, String subject, String body, String actor, char[] password);

    /** Writes a ready-to-send .eml into {@code folder}; returns the file. */
    Path writeEml(long submissionId, ReplyKind kind, String subject, String body, String actor, Path folder);

    void declineWithoutReply(long submissionId, String actor);

    /** Until the mail side is wired: every call says so. */
    MailWork MISSING = new MailWork() {
        private UnsupportedOperationException missing() {
            return new UnsupportedOperationException("Importing and sending mail is not available in this build (the mail importer is not wired in).");
        }
        @Override public Summary importPaths(List<Path> paths, Progress p, BooleanSupplier c) { throw missing(); }
        @Override public Summary fetch(MailboxSettings s, char[] pw, Progress p, BooleanSupplier c) { throw missing(); }
        @Override public Summary retry(long id) { throw missing(); }
        @Override public long convert(long id, String actor) { throw missing(); }
        @Override public void send(long id, ReplyKind k, String s, String b, String a, char[] pw) { throw missing(); }
        @Override public Path writeEml(long id, ReplyKind k, String s, String b, String a, Path f) { throw missing(); }
        @Override public void declineWithoutReply(long id, String actor) { throw missing(); }
    };
}
