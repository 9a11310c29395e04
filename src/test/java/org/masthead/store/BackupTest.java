package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;

class BackupTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A database with the demo, extra autosave revisions, a second correction, a withdrawn and a trashed article. */
    private Path richDatabase() {
        Path f = dir.resolve("source.db");
        try (Database db = Database.open(f)) {
            ArticleStore articles = new ArticleStore(db);
            new DemoPublication().load(articles, new ImageStore(db), new PublicationStore(db));
            Instant t = Instant.parse("2026-03-20T01:00:00Z");
            long draftId = articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.DRAFT)).get(0).id();
            Article draft = articles.load(draftId);
            for (int i = 1; i <= 5; i++) {
                ArticleContent c = draft.content().withBody(Document.of(Block.Paragraph.of("Rewritten draft, pass " + i + ".")));
                draft = articles.save(draft.withContent(c, t.plusSeconds(70L * i)), SaveKind.AUTOSAVE);
            }
            long pubId = articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.PUBLISHED)).get(0).id();
            Article pub = articles.load(pubId);
            pub = articles.save(pub.withContent(pub.content().withSummary(pub.content().summary() + " Updated."), t.plusSeconds(900)),
                    SaveKind.EXPLICIT);
            articles.save(pub.publishUpdate(t.plusSeconds(1000), ZoneId.of("Europe/Berlin"), "The summary was clarified."), SaveKind.PUBLISH);

            Article gone = articles.create(Article.create(ArticleContent.EMPTY.withHeadline("Withdrawn Piece")
                    .withBody(Document.of(Block.Paragraph.of("Text that had to come down."))), t));
            gone = articles.save(gone.publish(t.plusSeconds(60), ZoneId.of("Asia/Shanghai")), SaveKind.PUBLISH);
            articles.save(gone.withdraw("This article was withdrawn because a source retracted.", t.plusSeconds(120)), SaveKind.EXPLICIT);

            long spiked = articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.SPIKED)).get(0).id();
            articles.trash(spiked, t.plusSeconds(2000));
        }
        return f;
    }

    private static byte[] backup(Path f) throws IOException {
        try (Database db = Database.open(f)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            newBackup(db).write(out);
            return out.toByteArray();
        }
    }

    private static Backup newBackup(Database db) {
        return new Backup(db, new ArticleStore(db), new PublicationStore(db));
    }

    @Test
    void backupRestoreBackupIsByteIdentical() throws IOException {
        byte[] first = backup(richDatabase());
        Backup.Counts counts;
        Path copy = dir.resolve("copy.db");
        try (Database db = Database.open(copy)) {
            counts = newBackup(db).restore(new ByteArrayInputStream(first));
            assertThat(db.integrityCheck()).isEqualTo("ok");
            ArticleStore articles = new ArticleStore(db);
            assertThat(articles.count()).isEqualTo(9);
            assertThat(articles.list(ArticleStore.Filter.ALL.withTrash(true))).hasSize(1);
            assertThat(articles.list(ArticleStore.Filter.ALL.withQuery("渗进地里"))).hasSize(1);
            assertThat(articles.list(ArticleStore.Filter.ALL.withQuery("monsoon"))).hasSize(1);
            assertThat(new ImageStore(db).count()).isEqualTo(2);
            assertThat(new PublicationStore(db).get().name()).isEqualTo("The Daily Meridian — Opinion");
            assertThat(new PublicationStore(db).setting(DemoPublication.OFFERED_SETTING)).contains("loaded");
            Article pub = articles.load(articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.PUBLISHED)).get(0).id());
            assertThat(pub.corrections()).hasSize(2);
            assertThat(pub.corrections().get(1).at().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        }
        assertThat(counts.articles()).isEqualTo(9);
        assertThat(counts.images()).isEqualTo(2);
        assertThat(counts.revisions()).isGreaterThan(9);
        byte[] second = backup(copy);
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void restoreIntoANonEmptyDatabaseIsRefusedAndChangesNothing() throws IOException {
        byte[] source = backup(richDatabase());
        Path target = dir.resolve("target.db");
        try (Database db = Database.open(target)) {
            new ArticleStore(db).create(Article.create(ArticleContent.EMPTY.withHeadline("Already here"), Instant.parse("2026-01-01T00:00:00Z")));
        }
        byte[] before = backup(target);
        try (Database db = Database.open(target)) {
            assertThatThrownBy(() -> newBackup(db).restore(new ByteArrayInputStream(source)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty database").hasMessageContaining("Nothing was changed");
        }
        assertThat(backup(target)).isEqualTo(before);
    }

    @Test
    void damagedOrForeignBackupsAreRefusedWithAClearMessageAndWriteNothing() throws IOException {
        byte[] good = backup(richDatabase());
        assertRefused("{\"format\": \"masthead-backup\", \"formatVersion\": 1, \"articles\": [".getBytes(StandardCharsets.UTF_8), "not valid JSON");
        assertRefused("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "not a Masthead backup");
        assertRefused(edit(good, root -> root.put("format", "other-app-export")), "\"format\" is not \"masthead-backup\"");
        assertRefused(edit(good, root -> root.put("formatVersion", 7)), "newer Masthead");
        assertRefused(edit(good, root -> root.put("formatVersion", "one")), "formatVersion");
        assertRefused(edit(good, root -> root.put("schemaVersion", 99)), "newer Masthead");
        assertRefused(edit(good, root -> {
            ObjectNode img = (ObjectNode) root.withArray("images").get(1);
            String data = img.get("data").asText();
            img.put("data", (data.charAt(100) == 'A' ? "B" : "A") + data.substring(1));
        }), "checksum differs");
        assertRefused(edit(good, root -> ((ObjectNode) root.withArray("images").get(0)).put("data", "%%% not base64 %%%")), "damaged");
        // damage in the last article's last revision: found before anything is written
        assertRefused(edit(good, root -> {
            var arts = root.withArray("articles");
            var revs = arts.get(arts.size() - 1).withArray("revisions");
            ((ObjectNode) revs.get(revs.size() - 1)).put("createdAt", "yesterday");
        }), "cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) root.withArray("articles").get(3)).put("status", "lost")), "cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) root.withArray("articles").get(2).get("content").get("body")).put("formatVersion", 9)),
                "newer than this Masthead");
        assertRefused(edit(good, root -> ((ObjectNode) root.withArray("articles").get(1)).put("id", root.withArray("articles").get(0).get("id").asLong())),
                "appears twice");
    }

    private static byte[] edit(byte[] backup, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(backup);
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    private int attempt;

    private void assertRefused(byte[] bad, String message) throws IOException {
        Path f = dir.resolve("refused-" + (attempt++) + ".db");
        try (Database db = Database.open(f)) {
            assertThatThrownBy(() -> newBackup(db).restore(new ByteArrayInputStream(bad)))
                    .as(message).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
            assertThat(new ArticleStore(db).count()).isZero();
            assertThat(new ImageStore(db).count()).isZero();
            assertThat(new PublicationStore(db).find()).isEmpty();
            assertThat(new PublicationStore(db).setting(DemoPublication.OFFERED_SETTING)).isEmpty();
            int leftovers = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT (SELECT count(*) FROM revision) + (SELECT count(*) FROM correction)"
                        + " + (SELECT count(*) FROM article_fts)")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(leftovers).isZero();
        }
    }
}
