package org.masthead.ingest.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Where the shared mail corpora are, read in place; tests skip when they are absent. */
final class MailCorpus {

    private MailCorpus() {
    }

    static Path dir(String name) {
        String shared = System.getProperty("masthead.shared", "../shared");
        Path dir = Path.of(shared, "corpora", name);
        Assumptions.assumeTrue(Files.isDirectory(dir), "mail corpus not found at " + dir.toAbsolutePath() + "; skipped");
        return dir;
    }

    static Path eml(String file) {
        Path p = dir("eml").resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), p + " not in the corpus; skipped");
        return p;
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(String name, String suffix) {
        try (Stream<Path> s = Files.list(dir(name))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedMail parse(String file) throws MailParseException {
        return new MailParser().parse(bytes(eml(file)));
    }
}
