package org.masthead.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.publish.SiteData;
import org.masthead.publish.StandaloneArticle;
import org.masthead.publish.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masthead export-article ID --out DIR [--force]}: one published article as a
 * stand-alone page (index.html, style.css, images/) and a clean body fragment (fragment.html)
 * for pasting into another publishing system.
 */
@Command(name = "export-article", mixinStandardHelpOptions = true,
        description = "Write one published article as a stand-alone page and a clean HTML body fragment.")
final class ExportArticleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see: masthead articles).")
    long id;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write; created if missing.")
    Path out;

    @Option(names = "--force", description = "Write into a folder that holds other files.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
        if (file == null) return MastheadCommand.FAILED;
        var err = spec.commandLine().getErr();
        try (Stores s = Stores.open(spec, file)) {
            SiteData source = SiteData.load(s.articles(), s.images(), s.series(), s.publication(), MastheadCommand.now(spec));
            StandaloneArticle.Result r = new StandaloneArticle(Templates.of(source.settings())).write(source, id, out.toAbsolutePath(), force);
            err.printf("Wrote article %d to %s (%d files: %s)%n", id, r.folder(), r.files().size(), String.join(", ", r.files()));
            return MastheadCommand.OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("masthead: " + e.getMessage());
            return MastheadCommand.FAILED;
        }
    }
}
