package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;
import org.masthead.model.MailboxSettings.Server;
import org.masthead.store.ArticleStore;
import org.masthead.store.Backup;
import org.masthead.store.Database;
import org.masthead.store.PublicationStore;

/** Mailbox settings and fetch state in a real SQLite database, and through a backup. */
class MailboxStoresTest {

    @TempDir
    Path dir;

    private static final MailboxSettings SECTION = MailboxSettings.DEFAULT
            .withImap(new Server("imap.example.org", 993, Security.TLS, "opinion@example.org"))
            .withSmtp(new Server("smtp.example.org", 587, Security.STARTTLS, "opinion@example.org"))
            .withFolder("Submissions")
            .withFrom("opinion@example.org", "Opinion desk — 评论")
            .withRememberPassword(true)
            .withTimeouts(20, 90);

    @Test
    void settingsSurviveABackupRoundTripAndNoPasswordReachesTheDatabase() throws Exception {
        byte[] backup;
        Path source = dir.resolve("source.db");
        try (Database db = Database.open(source)) {
            PublicationStore pub = new PublicationStore(db);
            MailboxSettingsStore store = new MailboxSettingsStore(pub);
            assertThat(store.load()).isEqualTo(MailboxSettings.DEFAULT);
            store.save(SECTION);
            assertThat(store.load()).isEqualTo(SECTION);
            new MailboxStateStore(pub).save(SECTION, new MailboxState(1712, 40));
            new PasswordStore(dir.resolve("config")).save(SECTION.account(), "s3cret-pw".toCharArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Backup(db, new ArticleStore(db), pub).write(out);
            backup = out.toByteArray();
        }
        assertThat(new String(backup, StandardCharsets.UTF_8)).contains("imap.example.org").doesNotContain("s3cret-pw");
        assertThat(new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1)).doesNotContain("s3cret-pw");

        try (Database db = Database.open(dir.resolve("restored.db"))) {
            PublicationStore pub = new PublicationStore(db);
            new Backup(db, new ArticleStore(db), pub).restore(new ByteArrayInputStream(backup));
            assertThat(new MailboxSettingsStore(pub).load()).isEqualTo(SECTION);
            assertThat(new MailboxStateStore(pub).load(SECTION)).isEqualTo(new MailboxState(1712, 40));
        }
    }

    @Test
    void settingsWrittenByANewerVersionStillLoad() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            PublicationStore pub = new PublicationStore(db);
            pub.putSetting(MailboxSettingsStore.KEY, "{\"imap\":{\"host\":\"imap.example.org\",\"port\":143,\"security\":\"STARTTLS\","
                    + "\"user\":\"me\"},\"oauth\":true}");
            MailboxSettings s = new MailboxSettingsStore(pub).load();
            assertThat(s.imap()).isEqualTo(new Server("imap.example.org", 143, Security.STARTTLS, "me"));
            assertThat(s.folder()).isEqualTo("INBOX");
            assertThat(s.connectTimeoutSeconds()).isEqualTo(MailboxSettings.DEFAULT_CONNECT_TIMEOUT);
        }
    }

    @Test
    void theFetchStateBelongsToItsMailbox() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            MailboxStateStore states = new MailboxStateStore(new PublicationStore(db));
            assertThat(states.load(SECTION)).isEqualTo(MailboxState.NONE);

            states.save(SECTION, new MailboxState(7, 12));
            assertThat(states.load(SECTION)).isEqualTo(new MailboxState(7, 12));
            states.save(SECTION, new MailboxState(7, 15));
            assertThat(states.load(SECTION)).isEqualTo(new MailboxState(7, 15));

            assertThat(states.load(SECTION.withFolder("INBOX"))).as("another folder starts over").isEqualTo(MailboxState.NONE);
            assertThat(states.load(SECTION.withImap(SECTION.imap().withUser("other")))).isEqualTo(MailboxState.NONE);
        }
    }

    @Test
    void aDamagedFetchStateCostsOnlyARefetch() {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            PublicationStore pub = new PublicationStore(db);
            pub.putSetting(MailboxStateStore.KEY, "{broken");
            assertThat(new MailboxStateStore(pub).load(SECTION)).isEqualTo(MailboxState.NONE);
        }
    }
}
