package org.masthead.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.Backup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code masthead backup --out FILE.json}: a complete JSON dump of the database. An existing
 * file is kept unless {@code --force} is given.
 */
@Command(name = "backup", description = "Write a complete JSON backup of everything stored (format: docs/backup-format.md).",
        mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Where to write the backup.")
    Path out;

    @Option(names = "--force", description = "Replace FILE.json if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
        if (file == null) return MastheadCommand.FAILED;
        var err = spec.commandLine().getErr();
        Path target = MastheadCommand.writableTarget(spec, out, force).orElse(null);
        if (target == null) return MastheadCommand.FAILED;
        try (Stores s = Stores.open(spec, file)) {
            Backup.Counts c = s.backup().writeTo(target);
            err.printf("Backed up %d articles, %d revisions, %d images, %d series, %d inbox items to %s%n", c.articles(), c.revisions(), c.images(), c.series(), c.submissions(),
                    target);
            return MastheadCommand.OK;
        }
    }
}
