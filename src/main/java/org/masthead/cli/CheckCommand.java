package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.planning.preflight.Finding;
import org.masthead.planning.preflight.PreflightReport;
import org.masthead.planning.preflight.PreflightRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masthead check [--json] [ID...]}: the preflight checks an export runs. Without ids,
 * over every published article as readers see it (the published version); with ids, over those
 * articles' working copies. Exit 1 when there are errors, 0 otherwise (warnings included).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the preflight checks an export runs and list the findings by article.",
                "Without IDs: every published article, as published. With IDs: those articles as they stand in the editor.",
                "Exit code 1 when there are errors, 0 otherwise."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array of {articleId, headline, severity, location, message} and nothing else.")
    boolean json;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Articles to check (default: the published ones).")
    List<Long> ids = List.of();

    @Override
    public Integer call() throws Exception {
        DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
        if (file == null) return MastheadCommand.FAILED;
        PreflightReport report;
        try (Stores s = Stores.open(spec, file)) {
            for (long id : ids) {
                if (s.articles().find(id).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no article with id " + id);
                }
            }
            // The site's pages are not known before the site is built: links inside it are checked for form only.
            PreflightRunner run = new PreflightRunner(s.articles(), s.series(), s.publication(), null);
            report = ids.isEmpty() ? run.forExport() : run.forArticles(ids);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(report.findings()));
        } else {
            print(report, out);
        }
        out.flush();
        return report.hasErrors() ? MastheadCommand.FAILED : MastheadCommand.OK;
    }

    static String json(List<Finding> findings) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode a = m.createArrayNode();
        for (Finding f : findings) {
            ObjectNode o = a.addObject();
            o.put("articleId", f.articleId());
            o.put("headline", f.headline());
            o.put("severity", f.severity().key());
            o.put("location", f.location().describe());
            o.put("field", f.location().field().key());
            if (f.location().index() >= 0) o.put("index", f.location().index()); else o.putNull("index");
            o.put("message", f.message());
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(a);
    }

    private static void print(PreflightReport r, PrintWriter out) {
        if (r.findings().isEmpty()) {
            out.println("No findings in " + r.articlesChecked() + (r.articlesChecked() == 1 ? " article." : " articles."));
            return;
        }
        for (Map.Entry<Long, List<Finding>> e : r.byArticle().entrySet()) {
            Finding first = e.getValue().get(0);
            out.printf("%d  %s%n", e.getKey(), first.headline().isBlank() ? "(untitled)" : first.headline());
            for (Finding f : e.getValue()) {
                out.printf("  %-7s  %s: %s%n", f.severity().key(), f.location().describe(), f.message());
            }
        }
        int errors = r.errors().size();
        int warnings = r.warnings().size();
        out.printf("%d %s, %d %s in %d of %d articles.%n", errors, errors == 1 ? "error" : "errors", warnings,
                warnings == 1 ? "warning" : "warnings", r.byArticle().size(), r.articlesChecked());
    }
}
