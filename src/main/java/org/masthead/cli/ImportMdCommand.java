package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.ingest.markdown.ImportReport;
import org.masthead.ingest.markdown.MarkdownImporter;
import org.masthead.store.DatabaseException;
import org.masthead.store.DatabaseLock;
import org.masthead.store.ImportStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masthead import-md PATH... [--json]}: imports Markdown files with YAML front matter
 * (files, or folders walked recursively). The summary goes to stdout, errors and warnings to
 * stderr as {@code FILE:LINE: error: ...}; exit 1 when any file had an error.
 */
@Command(name = "import-md", mixinStandardHelpOptions = true,
        description = "Import Markdown files with YAML front matter (a Hugo or Jekyll site): files, or folders searched recursively. "
                + "Importing an unchanged file again changes nothing; a changed file updates its article.")
final class ImportMdCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown files (.md, .markdown) or folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the outcome as JSON on stdout (counts, files, messages); messages still go to stderr.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DatabaseLocation file = ((MastheadCommand) spec.root().userObject()).databaseLocation();
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try (DatabaseLock lock = DatabaseLock.acquire(file); Stores s = Stores.open(spec, file)) {
            MarkdownImporter importer = new MarkdownImporter(s.articles(), s.images(), new ImportStore(s.db(), s.articles()), s.publication());
            report = importer.importPaths(paths, MastheadCommand.now(spec));
        } catch (DatabaseException e) {
            if (e.reason() != DatabaseException.Reason.LOCKED) throw e;
            err.println("masthead: another Masthead has " + file + " open; nothing was imported. Close it, or use File \u25b8 Import Markdown\u2026 there.");
            return MastheadCommand.FAILED;
        }
        for (ImportReport.Message m : report.messages()) err.println(m);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(report) : report.summary());
        out.flush();
        return report.hasErrors() ? MastheadCommand.FAILED : MastheadCommand.OK;
    }

    private static String json(ImportReport r) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        for (ImportReport.Outcome k : ImportReport.Outcome.values()) o.put(k.name().toLowerCase(), r.count(k));
        ArrayNode files = o.putArray("files");
        for (ImportReport.FileResult f : r.files()) {
            ObjectNode n = files.addObject().put("file", f.file().toString()).put("outcome", f.outcome().name().toLowerCase());
            if (f.articleId() != 0) n.put("articleId", f.articleId());
            if (f.partId() != 0) n.put("partId", f.partId());
        }
        ArrayNode messages = o.putArray("messages");
        for (ImportReport.Message msg : r.messages()) {
            messages.addObject().put("file", msg.file().toString()).put("line", msg.line()).put("severity", msg.error() ? "error" : "warning")
                    .put("message", msg.text());
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }
}
