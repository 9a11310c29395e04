package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.publish.Exporter;
import org.masthead.publish.SiteExport;
import org.masthead.publish.Sites;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code masthead export --out DIR [--full] [--force] [--json]}: writes the site into DIR,
 * incrementally unless {@code --full}. Progress goes to stderr, the summary to stdout. Refused
 * (exit 1) while the preflight has errors, unless {@code --force}; and for a folder that is
 * neither empty nor Masthead's. Rules and guarantees: docs/export.md.
 */
@Command(name = "export", description = "Export the site as static HTML into a folder (incremental; rules in docs/export.md).",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to export to: empty, new, or exported to before.")
    Path out;

    @Option(names = "--full", description = "Render every page (still writes only files whose bytes differ).")
    boolean full;

    @Option(names = "--force", description = "Export even though the preflight checks found errors.")
    boolean force;

    @Option(names = "--json", description = "Print only a JSON object with the counts and paths.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // An incremental export is mostly start-up; a full one renders for seconds, and C1's code
        // (no escape analysis) makes more garbage for the heap to grow by (decision 15).
        if (!full) BatchCompiler.applySoon(BatchCompiler.Policy.C1_ONLY);
        DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
        if (file == null) return MastheadCommand.FAILED;
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.fixed(MastheadCommand.now(spec), ZoneOffset.UTC);
        Exporter.Report r;
        try (Stores s = Stores.openCheckingAlongside(spec, file)) {
            SiteExport read = Sites.forStores(s.articles(), s.series(), s.images(), s.publication(), clock);
            // The database's quick check runs beside the reading; nothing is written before it passed.
            SiteExport site = new SiteExport(read.site(), read.gate().after(s.db()::awaitCheck));
            if (full) {
                // Reading the stores and building the page list make much short-lived garbage while
                // the JVM starts, and G1 answers by growing the heap (to ~1.4 GB for 10,000 articles),
                // whose young generation rendering every page then fills; what stays live is ~70 MB.
                // Built first and collected once, the export renders in a heap a third that size
                // (docs/export.md). An incremental export renders little and skips the collection.
                // Every page's view and hash too: a full export works them all out, and they are made lazily.
                site.site().pages().parallelStream().forEach(org.masthead.publish.SitePage::inputHash);
                HeapPolicy.apply(); // and the collection gives back what the reading grew
                System.gc();
            }
            r = new Exporter(site.gate()).export(site.site(), out, new Exporter.Options(full, force), new StderrProgress(err));
        } catch (Exporter.BlockedException e) {
            err.println("masthead: " + e.getMessage());
            err.println("Nothing was exported. Fix them, or add --force to export anyway.");
            return MastheadCommand.FAILED;
        }
        for (String e : r.overridden()) err.println("masthead: exported despite: " + e);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode n = m.createObjectNode();
            n.put("target", out.toAbsolutePath().normalize().toString());
            n.put("written", r.written());
            n.put("unchanged", r.unchanged());
            n.put("removed", r.removed());
            n.put("inputsWorkedOut", r.inputsWorkedOut());
            n.putPOJO("writtenPaths", r.writtenPaths());
            n.putPOJO("removedPaths", r.removedPaths());
            n.putPOJO("overriddenErrors", r.overridden());
            o.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            o.println(r.summary());
        }
        o.flush();
        return MastheadCommand.OK;
    }

    /** "Exporting: 1200/10000 pages" on stderr, at most every tenth of the way and at the end. */
    private static final class StderrProgress implements Exporter.Progress {
        private final PrintWriter err;
        private int lastTenth = -1;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void page(int done, int total, String path) {
            int tenth = done * 10 / Math.max(total, 1);
            if (tenth == lastTenth && done != total) return;
            lastTenth = tenth;
            err.println("Exporting: " + done + "/" + total + " pages");
            err.flush();
        }
    }
}
