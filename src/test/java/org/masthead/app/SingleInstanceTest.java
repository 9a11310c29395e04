package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later launch on the same database hands its files to the window that holds it, over a real loopback socket. */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aLaterLaunchHandsItsFilesToTheOpenWindow() throws Exception {
        Path db = dir.resolve("desk.db");
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance first = SingleInstance.listen(db, received::add)) {
            Path f = SingleInstance.instanceFileOf(db);
            assertThat(f).exists();
            if (!System.getProperty("os.name").toLowerCase().contains("win")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
            }
            List<Path> files = List.of(dir.resolve("a.md"), dir.resolve("Letters to the editor.mbox"));
            assertThat(SingleInstance.handOff(db, files)).isTrue();
            assertThat(SingleInstance.handOff(db, List.of())).isTrue(); // only "come to the front"
            assertThat(received).containsExactly(files, List.of());
        }
        assertThat(SingleInstance.instanceFileOf(db)).doesNotExist();
    }

    @Test
    void withNoWindowOpenTheLaunchOpensItsOwn() throws Exception {
        Path db = dir.resolve("desk.db");
        assertThat(SingleInstance.handOff(db, List.of(dir.resolve("a.md")))).isFalse();
        // a crash leaves the file behind: nobody answers on that port any more
        int port;
        try (SingleInstance gone = SingleInstance.listen(db, x -> { })) {
            port = gone.port();
        }
        Files.writeString(SingleInstance.instanceFileOf(db), port + " 00ff\n");
        assertThat(SingleInstance.handOff(db, List.of())).isFalse();
    }

    @Test
    void aRequestWithoutTheTokenIsIgnored() throws Exception {
        Path db = dir.resolve("desk.db");
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance first = SingleInstance.listen(db, received::add)) {
            Path f = SingleInstance.instanceFileOf(db);
            String good = Files.readString(f);
            Files.writeString(f, first.port() + " not-the-token\n");
            assertThat(SingleInstance.handOff(db, List.of(dir.resolve("evil.md")))).isFalse();
            Files.writeString(f, good);
            assertThat(SingleInstance.handOff(db, List.of(dir.resolve("good.md")))).isTrue();
        }
        assertThat(received).containsExactly(List.of(dir.resolve("good.md")));
    }
}
