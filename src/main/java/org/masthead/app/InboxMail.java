package org.masthead.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.masthead.ingest.inbox.InboxImporter;
import org.masthead.ingest.inbox.Replies;
import org.masthead.ingest.inbox.SubmissionConverter;
import org.masthead.ingest.mailbox.MailboxException;
import org.masthead.ingest.mailbox.MailboxSettingsStore;
import org.masthead.model.MailboxSettings;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.ReplyKind;
import org.masthead.ui.inbox.MailWork;
import org.masthead.ui.shell.AppContext;

/** The inbox's mail work over {@code ingest.inbox}'s importer, converter and replies: the same ones the CLI uses. */
final class InboxMail implements MailWork {

    private final AppContext ctx;
    private final SubmissionStore store;

    private InboxMail(AppContext ctx, SubmissionStore store) {
        this.ctx = ctx;
        this.store = store;
    }

    static MailWork create(AppContext ctx, SubmissionStore store) {
        return new InboxMail(ctx, store);
    }

    private ZoneId zone() {
        return ctx.publication().get().defaultZone();
    }

    private InboxImporter importer() {
        return new InboxImporter(store, ctx.images(), ctx.clock(), zone());
    }

    private Replies replies() {
        return new Replies(store, ctx.clock(), zone());
    }

    private MailboxSettings mailbox() {
        return new MailboxSettingsStore(ctx.publication()).load();
    }

    private static Summary summary(InboxImporter.Report r) {
        StringBuilder s = new StringBuilder(r.summary());
        int shown = 0;
        for (String p : r.problems()) {
            if (shown++ == 10) {
                s.append("\n… and ").append(r.problems().size() - 10).append(" more in \u201cCould not import\u201d");
                break;
            }
            s.append("\n").append(p);
        }
        return new Summary(s.toString(), r.cancelled());
    }

    @Override
    public Summary importPaths(List<Path> paths, Progress p, BooleanSupplier cancelled) {
        return summary(importer().importPaths(paths, p::update, cancelled));
    }

    @Override
    public Summary fetch(MailboxSettings settings, char[] password, Progress p, BooleanSupplier cancelled) {
        try {
            return summary(importer().fetch(settings, password, ctx.publication(), p::update, cancelled));
        } catch (MailboxException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Summary retry(long failedId) {
        return summary(importer().retry(failedId));
    }

    @Override
    public long convert(long submissionId, String actor) {
        return new SubmissionConverter(store, ctx.articles(), ctx.series(), ctx.clock()).convert(submissionId, actor);
    }

    @Override
    public void send(long submissionId, ReplyKind kind, String subject, String body, String actor, char[] password) {
        try {
            replies().send(submissionId, kind, mailbox(), password, subject, body, actor);
        } catch (MailboxException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Path writeEml(long submissionId, ReplyKind kind, String subject, String body, String actor, Path folder) {
        try {
            return replies().writeEml(submissionId, kind, mailbox(), subject, body, actor, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public void declineWithoutReply(long submissionId, String actor) {
        replies().declineWithoutReply(submissionId, actor);
    }
}
