package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code masthead articles list [--json] [--status S] [--search Q] [--trash]}. */
@Command(name = "articles", description = "Work with articles.", subcommands = ArticlesCommand.ListCommand.class,
        mixinStandardHelpOptions = true)
final class ArticlesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'masthead articles list'");
    }

    @Command(name = "list", description = "List articles, newest change first.", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {

        @CommandLine.ParentCommand
        ArticlesCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON array and nothing else.")
        boolean json;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: ${COMPLETION-CANDIDATES}.",
                converter = StatusConverter.class, completionCandidates = StatusCandidates.class)
        ArticleStatus status;

        @Option(names = "--search", paramLabel = "TEXT", description = "Full-text search in headline, body and byline.")
        String search;

        @Option(names = "--trash", description = "List the articles in the trash instead.")
        boolean trash;

        @Override
        public Integer call() throws Exception {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            List<ArticleSummary> rows;
            try (Stores s = Stores.open(spec, file)) {
                rows = s.articles().list(new ArticleStore.Filter(search == null ? "" : search, status, trash, ArticleStore.Sort.MODIFIED));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode a = m.createArrayNode();
                for (ArticleSummary r : rows) {
                    ObjectNode o = a.addObject();
                    o.put("id", r.id());
                    o.put("headline", r.headline());
                    o.put("byline", r.byline());
                    o.put("status", r.status().key());
                    o.put("words", r.words());
                    o.put("pendingUpdate", r.pendingUpdate());
                    put(o, "scheduledAt", r.scheduledAt());
                    put(o, "modifiedAt", r.modifiedAt());
                    put(o, "trashedAt", r.trashedAt());
                }
                out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
            } else {
                out.printf("%5s  %-11s %7s  %s%n", "ID", "STATUS", "WORDS", "HEADLINE");
                for (ArticleSummary r : rows) {
                    out.printf("%5d  %-11s %7d  %s%s%n", r.id(), r.status().key(), r.words(),
                            r.headline().isBlank() ? "(untitled)" : r.headline(), r.pendingUpdate() ? "  [update pending]" : "");
                }
            }
            out.flush();
            return MastheadCommand.OK;
        }

        private static void put(ObjectNode o, String k, Instant t) {
            if (t == null) o.putNull(k); else o.put(k, t.toString());
        }
    }

    static final class StatusConverter implements CommandLine.ITypeConverter<ArticleStatus> {
        @Override
        public ArticleStatus convert(String value) {
            try {
                return ArticleStatus.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class StatusCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ArticleStatus.keys().iterator();
        }
    }
}
