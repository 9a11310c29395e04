package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.DataPaths;

class PasswordStoreTest {

    @TempDir
    Path dir;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void thePasswordFileAndANewConfigFolderAreTheUsersAlone() throws Exception {
        assumeTrue(posix(), "this file system has no POSIX permissions");
        Path config = dir.resolve("config/masthead");
        PasswordStore store = PasswordStore.in(new DataPaths(Map.of("MASTHEAD_CONFIG_DIR", config.toString()), "Linux", dir));

        assertThat(store.save("opinion@imap.example.org", "s3cret".toCharArray())).isEqualTo(PasswordStore.Protection.OWNER_ONLY);

        assertThat(store.file()).isEqualTo(config.resolve(PasswordStore.FILE_NAME));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
        store.save("opinion@imap.example.org", "changed".toCharArray());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        try (var left = Files.list(config)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(store.file());
        }
    }

    @Test
    void savesLoadsAndForgetsPerAccount() throws Exception {
        PasswordStore store = new PasswordStore(dir);
        assertThat(store.load("a@x")).isEmpty();
        assertThat(store.file()).as("reading never creates the file").doesNotExist();

        store.save("a@x", "pw-a".toCharArray());
        store.save("b@y", "pw-b ünïcödé".toCharArray());
        assertThat(store.load("a@x")).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("pw-a"));
        assertThat(new PasswordStore(dir).load("b@y")).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("pw-b ünïcödé"));

        store.forget("a@x");
        assertThat(store.load("a@x")).isEmpty();
        assertThat(store.load("b@y")).isPresent();
        store.forget("b@y");
        assertThat(store.file()).as("the file goes with its last password").doesNotExist();
        store.forget("never-kept@z");
    }

    @Test
    void aDamagedFileIsExplained() throws Exception {
        PasswordStore store = new PasswordStore(dir);
        Files.writeString(store.file(), "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.load("a@x"))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("is damaged; delete it and enter the password again");
    }
}
