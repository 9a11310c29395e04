package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.ingest.inbox.InboxImporter;
import org.masthead.ingest.inbox.SubmissionConverter;
import org.masthead.model.FailedImport;
import org.masthead.model.InboxQuery;
import org.masthead.model.SearchHit;
import org.masthead.model.SearchOrder;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.DatabaseException;
import org.masthead.store.DatabaseLock;
import org.masthead.store.SubmissionStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masthead inbox ...}: the submission inbox from scripts and cron. {@code import PATH...},
 * {@code list [--status S] [--limit N] [--json]}, {@code search QUERY [--relevance] [--json]},
 * {@code set-status ID STATUS}, {@code convert ID}, {@code failed [--json]},
 * {@code due [--hours N] [--json]}. The JSON field names are a contract (README).
 */
@Command(name = "inbox", description = "The submission inbox: import mail, list, search, triage, convert.", mixinStandardHelpOptions = true,
        subcommands = {InboxCommand.Import.class, InboxCommand.ListItems.class, InboxCommand.Search.class, InboxCommand.SetStatus.class,
                InboxCommand.Convert.class, InboxCommand.Failed.class, InboxCommand.Due.class})
final class InboxCommand implements Callable<Integer> {

    /** Who the CLI records as acting, unless MASTHEAD_USER says. */
    static String actor() {
        String u = System.getenv("MASTHEAD_USER");
        if (u == null || u.isBlank()) u = System.getProperty("user.name", "cli");
        return u;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'masthead inbox list' or 'masthead inbox import PATH'");
    }

    static ObjectNode row(ObjectMapper m, SubmissionRow r) {
        ObjectNode n = m.createObjectNode();
        n.put("id", r.id());
        n.put("status", r.status().key());
        n.put("kind", r.kind().key());
        n.put("title", r.title());
        n.put("fromName", r.fromName());
        n.put("fromEmail", r.fromEmail());
        n.put("receivedAt", r.receivedAt() == null ? null : r.receivedAt().toString());
        n.put("language", r.language());
        n.put("wordCount", r.wordCount());
        n.put("lengthUnit", r.lengthUnit().key());
        n.put("pitch", r.pitch());
        n.put("answerDue", r.answerDue() == null ? null : r.answerDue().toString());
        n.put("exclusive", r.exclusive());
        n.put("exclusiveUntil", r.exclusiveUntil() == null ? null : r.exclusiveUntil().toString());
        if (r.duplicateOf() == null) n.putNull("duplicateOf");
        else n.put("duplicateOf", r.duplicateOf());
        n.put("assignee", r.assignee());
        ArrayNode tags = n.putArray("tags");
        r.tags().forEach(tags::add);
        if (r.averageScore() == null) n.putNull("averageScore");
        else n.put("averageScore", r.averageScore());
        return n;
    }

    /** A status as the CLI spells it, or a usage error naming the spellings. */
    static SubmissionStatus status(CommandLine.Model.CommandSpec spec, String key) {
        try {
            return SubmissionStatus.ofKey(key);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String line(SubmissionRow r) {
        return String.format("%6d  %-11s %-10s %-10s %s — %s <%s>%s", r.id(), r.status().key(), r.kind().key(),
                r.answerDue() == null ? "" : r.answerDue().toString().substring(0, 10), r.title(), r.fromName(), r.fromEmail(),
                r.duplicateOf() == null ? "" : " (duplicate of " + r.duplicateOf() + ")");
    }

    /** Rows as a JSON array (nothing else on stdout), or one line each and {@code summary}. */
    static void printRows(CommandLine.Model.CommandSpec spec, boolean json, List<SubmissionRow> rows, String summary)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ArrayNode a = m.createArrayNode();
            for (SubmissionRow r : rows) a.add(row(m, r));
            print(spec, m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        } else {
            StringBuilder sb = new StringBuilder();
            for (SubmissionRow r : rows) sb.append(line(r)).append('\n');
            print(spec, sb.append(summary).toString());
        }
    }

    private static void print(CommandLine.Model.CommandSpec spec, String s) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(s);
        out.flush();
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import .eml and mbox files, or folders of them (recursively). Exit 0 when every message was imported, "
                    + "recognised as already there, or put in \"Could not import\".")
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = ".eml or mbox files, or folders.")
        List<Path> paths;

        @Option(names = "--json", description = "Print the counts as JSON on stdout.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            BatchCompiler.applySoon(BatchCompiler.Policy.TEXT_LOOPS_AT_C2); // decision 0022
            org.masthead.ingest.inbox.ReaderWarmUp warmUp = org.masthead.ingest.inbox.ReaderWarmUp.startSoon(); // while the database opens
            DatabaseLocation file = ((MastheadCommand) spec.root().userObject()).databaseLocation();
            PrintWriter err = spec.commandLine().getErr();
            for (Path p : paths) {
                if (!java.nio.file.Files.exists(p)) {
                    err.println("masthead: " + p + " does not exist; nothing was imported");
                    return MastheadCommand.FAILED;
                }
            }
            Clock clock = Clock.fixed(MastheadCommand.now(spec), ZoneOffset.UTC);
            InboxImporter.Report r;
            try (DatabaseLock lock = DatabaseLock.acquire(file); Stores s = Stores.open(spec, file)) {
                ZoneId zone = s.publication().get().defaultZone();
                warmUp.stop();
                long[] last = {0};
                r = new InboxImporter(new SubmissionStore(s.db(), clock), s.images(), clock, zone).importPaths(paths,
                        (done, total, rate, current) -> {
                            long now = System.nanoTime();
                            if (now - last[0] < 500_000_000L) return;
                            last[0] = now;
                            err.printf("Importing: %d messages, %.0f/s, %s%n", done, rate, current);
                            err.flush();
                        }, () -> false);
            } catch (DatabaseException e) {
                if (e.reason() != DatabaseException.Reason.LOCKED) throw e;
                err.println("masthead: another Masthead has " + file + " open; nothing was imported. Close it, or use File \u25b8 Import mail\u2026 there.");
                return MastheadCommand.FAILED;
            }
            for (String p : r.problems()) err.println("masthead: " + p);
            err.flush();
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode o = m.createObjectNode().put("imported", r.imported()).put("duplicates", r.duplicates()).put("followUps", r.followUps())
                        .put("couldNotImport", r.failed()).put("skippedFiles", r.skippedFiles());
                print(spec, m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
            } else {
                print(spec, r.summary());
            }
            return MastheadCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every submission (answer due first), unless --status or --limit narrows it.")
    static final class ListItems implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--status", paramLabel = "S", description = "Only this status: new, in-review, shortlisted, accepted, declined, revise, withdrawn, converted.")
        String status;

        @Option(names = "--limit", paramLabel = "N", description = "At most N submissions.")
        Integer limit;

        @Option(names = "--json", description = "Print a JSON array and nothing else.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            InboxQuery q = InboxQuery.ALL;
            if (status != null) q = q.withStatuses(Set.of(status(spec, status)));
            if (limit != null) {
                if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
                q = q.withPage(limit, 0);
            }
            List<SubmissionRow> rows;
            try (Stores s = Stores.open(spec, file)) {
                rows = s.submissions().list(q);
            }
            printRows(spec, json, rows, rows.size() + (rows.size() == 1 ? " submission" : " submissions"));
            return MastheadCommand.OK;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Full-text search over title, text, author and attachments; newest first unless --relevance.")
    static final class Search implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "QUERY", description = "Words to find (any language).")
        String query;

        @Option(names = "--relevance", description = "Best matches first instead of newest first.")
        boolean relevance;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N results (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print a JSON array and nothing else.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            List<SearchHit> hits;
            try (Stores s = Stores.open(spec, file)) {
                hits = s.submissions().search(query, relevance ? SearchOrder.RELEVANCE : SearchOrder.NEWEST, Math.max(1, limit));
            }
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode a = m.createArrayNode();
                for (SearchHit h : hits) a.add(row(m, h.row()).put("snippet", h.snippet()));
                print(spec, m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
            } else {
                StringBuilder sb = new StringBuilder();
                for (SearchHit h : hits) sb.append(line(h.row())).append('\n').append("        ").append(h.snippet()).append('\n');
                sb.append(hits.size()).append(hits.size() == 1 ? " match" : " matches");
                print(spec, sb.toString());
            }
            return MastheadCommand.OK;
        }
    }

    @Command(name = "set-status", mixinStandardHelpOptions = true,
            description = "Move a submission to STATUS (new, in-review, shortlisted, accepted, declined, revise, withdrawn); never out of converted.")
    static final class SetStatus implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "STATUS")
        String status;

        @Override
        public Integer call() {
            SubmissionStatus to = status(spec, status);
            if (to == SubmissionStatus.CONVERTED) {
                throw new CommandLine.ParameterException(spec.commandLine(), "a submission becomes converted only by 'masthead inbox convert ID'");
            }
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            PrintWriter err = spec.commandLine().getErr();
            try (Stores s = Stores.open(spec, file)) {
                SubmissionStore store = s.submissions();
                var sub = store.get(id);
                if (sub.isEmpty()) {
                    err.println("masthead: no submission " + id);
                    return MastheadCommand.FAILED;
                }
                if (!sub.get().status().canMoveTo(to) && sub.get().status() != to) {
                    err.println("masthead: submission " + id + " is " + sub.get().status().key() + " and cannot move to " + to.key());
                    return MastheadCommand.FAILED;
                }
                store.setStatus(id, to, actor());
            }
            print(spec, "submission " + id + " is " + to.key());
            return MastheadCommand.OK;
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true, description = "Turn an accepted submission into an article draft; prints the article id.")
    static final class Convert implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--part", paramLabel = "PART_ID", description = "Make the draft this planned series part's draft.")
        Long part;

        @Override
        public Integer call() {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            Clock clock = Clock.fixed(MastheadCommand.now(spec), ZoneOffset.UTC);
            long article;
            try (Stores s = Stores.open(spec, file)) {
                article = new SubmissionConverter(new SubmissionStore(s.db(), clock), s.articles(), s.series(), clock).convert(id, actor(), part);
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("masthead: " + e.getMessage());
                return MastheadCommand.FAILED;
            }
            print(spec, "submission " + id + " is now article " + article);
            return MastheadCommand.OK;
        }
    }

    @Command(name = "failed", mixinStandardHelpOptions = true, description = "The messages that could not be imported, with the reason.")
    static final class Failed implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON array and nothing else.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            List<FailedImport> failed;
            try (Stores s = Stores.open(spec, file)) {
                failed = s.submissions().failed();
            }
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode a = m.createArrayNode();
                for (FailedImport f : failed) {
                    a.addObject().put("id", f.id()).put("source", f.source()).put("reason", f.reason()).put("at", f.at().toString())
                            .put("rawSize", f.rawSize());
                }
                print(spec, m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
            } else {
                StringBuilder sb = new StringBuilder();
                for (FailedImport f : failed) sb.append(String.format("%6d  %s: %s (%d bytes kept)%n", f.id(), f.source(), f.reason(), f.rawSize()));
                sb.append(failed.size()).append(failed.size() == 1 ? " message" : " messages").append(" could not be imported");
                print(spec, sb.toString());
            }
            return MastheadCommand.OK;
        }
    }

    @Command(name = "due", mixinStandardHelpOptions = true,
            description = "Open submissions whose answer or exclusive offer falls due within the next N hours (overdue included).")
    static final class Due implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--hours", paramLabel = "N", defaultValue = "24", description = "How far ahead (default ${DEFAULT-VALUE}).")
        int hours;

        @Option(names = "--json", description = "Print a JSON array and nothing else.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (hours < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--hours cannot be negative");
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            List<SubmissionRow> rows;
            try (Stores s = Stores.open(spec, file)) {
                rows = s.submissions().due(MastheadCommand.now(spec), Duration.ofHours(hours));
            }
            printRows(spec, json, rows, rows.size() + " due within " + hours + (hours == 1 ? " hour" : " hours"));
            return MastheadCommand.OK;
        }
    }
}
