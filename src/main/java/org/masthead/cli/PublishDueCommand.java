package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.model.Article;
import org.masthead.model.ArticleRef;
import org.masthead.model.Publication;
import org.masthead.planning.DuePublishing;
import org.masthead.planning.ScheduledPublisher;
import org.masthead.store.DatabaseException;
import org.masthead.store.DatabaseLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code masthead publish-due [--dry-run] [--json]}: publishes the scheduled articles whose time
 * has come and whose embargo has passed, for a timer or cron job when no window is open. While
 * a window is open on the database it does nothing (exit 0): the window publishes on its own.
 */
@Command(name = "publish-due", description = "Publish the scheduled articles whose time has come and whose embargo has passed "
        + "(for cron or a systemd timer).", mixinStandardHelpOptions = true)
final class PublishDueCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "Only list what would be published.")
    boolean dryRun;

    @Option(names = "--json", description = "Print a JSON array of the articles (published, or due with --dry-run) and nothing else.")
    boolean json;

    /** One line of the report: an article and the moment it is published as of. */
    private record Row(long id, String headline, Instant scheduledAt, Instant publishedAt) {
    }

    @Override
    public Integer call() throws Exception {
        DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
        if (file == null) return MastheadCommand.FAILED;
        Instant now = MastheadCommand.now(spec);
        List<Row> rows = new ArrayList<>();
        List<String> failures;
        Publication pub;
        // Publishing writes: it takes the lock the window holds. While a window is open on the file,
        // its own timer publishes, and an editor's open copy is never saved over a publication made here.
        DatabaseLock lock = null;
        if (!dryRun) {
            try {
                lock = DatabaseLock.acquire(file);
            } catch (DatabaseException e) {
                if (e.reason() != DatabaseException.Reason.LOCKED) throw e;
                spec.commandLine().getErr().println("masthead: another Masthead has " + file + " open (a window, which publishes due "
                        + "pieces itself, or a restore or publish-due still running). Nothing was done; the next run tries again.");
                if (json) spec.commandLine().getOut().println("[ ]");
                spec.commandLine().getOut().flush();
                return MastheadCommand.OK;
            }
        }
        try (DatabaseLock held = lock; Stores s = Stores.open(spec, file)) {
            pub = s.publication().get();
            ScheduledPublisher publisher = new ScheduledPublisher(s.articles(), s.series(), s.publication());
            if (dryRun) {
                for (ArticleRef a : publisher.due(now)) rows.add(new Row(a.id(), a.headline(), a.scheduledAt(), DuePublishing.dueSince(a)));
                failures = List.of();
            } else {
                ScheduledPublisher.Result r = publisher.publishDue(now);
                for (Article a : r.published()) rows.add(new Row(a.id(), a.headline(), a.scheduledAt(), a.firstPublished().instant()));
                failures = r.failures();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ArrayNode a = m.createArrayNode();
            for (Row r : rows) {
                ObjectNode o = a.addObject();
                o.put("id", r.id());
                o.put("headline", r.headline());
                o.put("scheduledAt", r.scheduledAt().toString());
                o.put("publishedAt", r.publishedAt().toString());
            }
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        } else if (rows.isEmpty() && failures.isEmpty()) {
            out.println("Nothing is due.");
        } else {
            for (Row r : rows) {
                out.printf("%s %5d  %s  %s%n", dryRun ? "Due" : "Published", r.id(), r.headline(), pub.formatMeta(r.publishedAt()));
            }
        }
        out.flush();
        for (String f : failures) spec.commandLine().getErr().println("masthead: could not publish " + f);
        return failures.isEmpty() ? MastheadCommand.OK : MastheadCommand.FAILED;
    }
}
