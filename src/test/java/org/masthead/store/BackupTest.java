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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlanLogEntry;
import org.masthead.model.PlanPart;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesStatus;
import org.masthead.model.SeriesWithParts;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;

class BackupTest {

    @TempDir
    Path dir;
    private Backend backend;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A database with the demo, extra autosave revisions, a second correction, a withdrawn and a trashed article. */
    private Path richDatabase() {
        Path f = dir.resolve("source.db");
        try (Database db = backend.open(f)) {
            fillRich(db);
        }
        return f;
    }

    /** Fills an empty database as {@link #richDatabase()} has it: every table of every aggregate, images and raw messages included. */
    static void fillRich(Database db) {
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

        seriesWithEverything(db, articles, t.plusSeconds(3000));
        inboxWithEverything(db, articles, t.plusSeconds(4000));
    }

    /**
     * An inbox with every table filled: people, a submission with an attachment, a follow-up, a
     * revision, tags, scores, a note, a reply and band keys; a Chinese one flagged as its duplicate
     * (pointing at a later id) and converted into an article; an auto-reply; a failed import; a
     * saved filter and a mailbox state.
     */
    static void inboxWithEverything(Database db, ArticleStore articles, Instant t) {
        SubmissionStore inbox = new SubmissionStore(db, java.time.Clock.fixed(t, java.time.ZoneOffset.UTC));
        org.masthead.model.Person mei = inbox.addPerson("Mei Lin", "mei@paper.org");
        long zh = inbox.save(SyntheticInbox.message("<zh@x.org>", "气候变化与城市", "李梅", "li@example.cn", t, "气候变化正在改变我们的城市。",
                org.masthead.model.MessageKind.SUBMISSION, null)).submissionId();
        org.masthead.model.IncomingMessage base = SyntheticInbox.message("<rivers@x.org>", "Rivers under the city", "Ana Lima",
                "ana@example.org", t.plusSeconds(5), "The buried rivers of São Paulo.", org.masthead.model.MessageKind.SUBMISSION, null);
        long id = inbox.save(new org.masthead.model.IncomingMessage(base.raw(), null, base.messageId(), null, List.of("<a@b>"), base.subject(),
                base.fromName(), base.fromEmail(), base.receivedAt(), "mail/rivers.eml", base.kind(), null,
                base.draft().withExclusive(true, t.plusSeconds(172800)).withAnswerDue(t.plusSeconds(86400)).withLanguage("en"),
                base.body(), null, List.of(new org.masthead.model.IncomingMessage.Attachment("rivers.docx", "application/octet-stream",
                new byte[] {80, 75, 3, 4}, org.masthead.model.AttachmentOutcome.DOCUMENT, null, Document.of(Block.Paragraph.of("Aquifers."))
                , null)), List.of("https://example.org/draft"), List.of("a warning"), new long[] {7, 8, 9})).submissionId();
        inbox.save(SyntheticInbox.message("<f@x.org>", "Re: Rivers", "Ana Lima", "ana@example.org", t.plusSeconds(10), "A question.",
                org.masthead.model.MessageKind.FOLLOW_UP, id));
        inbox.save(SyntheticInbox.message("<r@x.org>", "Rivers v2", "Ana Lima", "ana@example.org", t.plusSeconds(20), "Revised: estuaries.",
                org.masthead.model.MessageKind.REVISION, id));
        inbox.save(SyntheticInbox.message("<auto@x.org>", "Out of office", "Bot", "bot@x.org", t, "Away.",
                org.masthead.model.MessageKind.AUTO_REPLY, null));
        inbox.addTag(id, "water", "Mei Lin");
        inbox.assign(id, mei.id(), "Mei Lin");
        inbox.score(id, mei.id(), org.masthead.model.Review.of(4, null, 5, 3));
        inbox.addNote(id, "Check the figures.", "Mei Lin");
        inbox.setStatus(id, org.masthead.model.SubmissionStatus.SHORTLISTED, "Mei Lin");
        inbox.recordReply(new org.masthead.model.ReplyRecord(0, id, org.masthead.model.ReplyRecord.Kind.REVISE, "ana@example.org",
                "Re: Rivers", "Please cut.", org.masthead.model.ReplyRecord.Channel.EML, t, "<reply@masthead>", "Mei Lin"));
        inbox.markDuplicate(zh, id, "Mei Lin");
        inbox.linkArticle(zh, articles.list(ArticleStore.Filter.ALL).get(0).id(), "Mei Lin");
        inbox.addFailed("mail/broken.eml", "no header section", new byte[] {0, 1, 2});
        inbox.saveFilter(new org.masthead.model.SavedFilter(0, "Mine", org.masthead.model.InboxQuery.SUBMISSIONS.withAssigneeId(mei.id())));
        inbox.putMailboxState(new org.masthead.model.MailboxState("imap://desk@mail/INBOX", 42, 4711));
    }

    /**
     * A series whose parts have every field set somewhere: a linked article, dues, a planned time
     * (on a daylight-saving zone), a dropped part, and a plan log entry; plus an empty second series.
     */
    private static void seriesWithEverything(Database db, ArticleStore articles, Instant t) {
        SeriesStore series = new SeriesStore(db, articles);
        Series s = Series.create("Water and the City", "urban water", 3,
                        Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), ZoneId.of("Asia/Shanghai")), t)
                .withOwner("Mei Lin").withDescription("Three pieces on rivers,\nreservoirs and rain.").withStatus(SeriesStatus.RUNNING)
                .withNoteTemplate("Part {part} of {count}: {series}.");
        List<SeriesPart> parts = List.of(SeriesPart.planned("Rivers").withPosition(1).withAuthor("Ana Lima"),
                SeriesPart.planned("Reservoirs").withPosition(2), SeriesPart.planned("Rain").withPosition(3));
        SeriesWithParts created = series.create(s, parts);
        long first = created.parts().get(0).part().id();
        series.createDraft(first, Article.create(ArticleContent.EMPTY.withHeadline("Rivers run through it"), t.plusSeconds(10)));
        SeriesWithParts loaded = series.load(created.series().id());
        List<PlanPart> edited = new java.util.ArrayList<>(loaded.parts());
        edited.set(0, edited.get(0).withPart(edited.get(0).part()
                .withDues(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23))
                .withPlanned(new PlannedTime(LocalDateTime.of(2026, 3, 29, 15, 40), ZoneId.of("Europe/Berlin")))));
        edited.set(2, edited.get(2).withPart(edited.get(2).part().withStage(PartStage.DROPPED)));
        long articleId = edited.get(0).part().articleId();
        series.savePlan(new SeriesWithParts(loaded.series().withPlannedParts(2), edited),
                List.of(new PlanLogEntry(0, 0, articleId, t.plusSeconds(20), "\"Rivers run through it\": \"Part 1 of 3\" becomes \"Part 1 of 2\"")),
                t.plusSeconds(30));
        series.create(Series.create("Empty Plan", "", 0, Cadence.WEEKLY_DEFAULT, t.plusSeconds(40)), List.of());
    }

    private byte[] backup(Path f) throws IOException {
        try (Database db = backend.open(f)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            newBackup(db).write(out);
            return out.toByteArray();
        }
    }

    private static Backup newBackup(Database db) {
        return new Backup(db, new ArticleStore(db), new PublicationStore(db));
    }

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void backupRestoreBackupIsByteIdentical() throws IOException {
        Path source = richDatabase();
        List<SeriesWithParts> sourcePlans;
        List<PlanLogEntry> sourceLog;
        try (Database db = backend.open(source)) {
            SeriesStore series = new SeriesStore(db, new ArticleStore(db));
            sourcePlans = series.allPlans();
            sourceLog = series.log(sourcePlans.get(1).series().id());
        }
        assertThat(sourceLog).hasSize(1);
        InboxSnapshot sourceInbox;
        try (Database db = backend.open(source)) {
            sourceInbox = InboxSnapshot.of(new SubmissionStore(db));
        }
        assertThat(sourceInbox.rows()).hasSize(3);
        byte[] first = backup(source);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"formatVersion\" : 4", "\"inbox\" : {", "\"plannedLocal\" : \"2026-03-29T15:40\"",
                "\"draftDue\" : \"2026-03-16\"", "\"plannedZone\" : \"Europe/Berlin\"");
        Backup.Counts counts;
        Path copy = dir.resolve("copy.db");
        try (Database db = backend.open(copy)) {
            counts = newBackup(db).restore(new ByteArrayInputStream(first));
            assertThat(db.integrityCheck()).isEqualTo("ok");
            ArticleStore articles = new ArticleStore(db);
            assertThat(articles.count()).isEqualTo(10);
            assertThat(articles.list(ArticleStore.Filter.ALL.withTrash(true))).hasSize(1);
            assertThat(articles.list(ArticleStore.Filter.ALL.withQuery("渗进地里"))).hasSize(1);
            assertThat(articles.list(ArticleStore.Filter.ALL.withQuery("monsoon"))).hasSize(1);
            assertThat(new ImageStore(db).count()).isEqualTo(2);
            assertThat(new PublicationStore(db).get().name()).isEqualTo("The Daily Meridian — Opinion");
            assertThat(new PublicationStore(db).setting(DemoPublication.OFFERED_SETTING)).contains("loaded");
            Article pub = articles.load(articles.list(ArticleStore.Filter.ALL.withStatus(ArticleStatus.PUBLISHED)).get(0).id());
            assertThat(pub.corrections()).hasSize(2);
            assertThat(pub.corrections().get(1).at().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(new SeriesStore(db, articles).allPlans()).isEqualTo(sourcePlans);
            SeriesWithParts water = new SeriesStore(db, articles).allPlans().get(1);
            assertThat(water.series().title()).isEqualTo("Water and the City");
            assertThat(water.parts().get(0).article().headline()).isEqualTo("Rivers run through it");
            assertThat(water.parts().get(0).part().planned().instant()).isEqualTo(Instant.parse("2026-03-29T13:40:00Z"));
            assertThat(water.parts().get(2).part().stage()).isEqualTo(PartStage.DROPPED);
            assertThat(new SeriesStore(db, articles).log(water.series().id())).isEqualTo(sourceLog);
            assertInboxRestored(db, sourceInbox);
        }
        assertThat(counts.articles()).isEqualTo(10);
        assertThat(counts.series()).isEqualTo(2);
        assertThat(counts.images()).isEqualTo(2);
        assertThat(counts.submissions()).isEqualTo(3);
        assertThat(counts.revisions()).isGreaterThan(9);
        byte[] second = backup(copy);
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
    }

    @BackendTest
    void restoreIntoANonEmptyDatabaseIsRefusedAndChangesNothing() throws IOException {
        byte[] source = backup(richDatabase());
        Path target = dir.resolve("target.db");
        try (Database db = backend.open(target)) {
            new ArticleStore(db).create(Article.create(ArticleContent.EMPTY.withHeadline("Already here"), Instant.parse("2026-01-01T00:00:00Z")));
        }
        byte[] before = backup(target);
        try (Database db = backend.open(target)) {
            assertThatThrownBy(() -> newBackup(db).restore(new ByteArrayInputStream(source)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty database").hasMessageContaining("Nothing was changed");
        }
        assertThat(backup(target)).isEqualTo(before);
    }

    @BackendTest
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

    @BackendTest
    void damagedSeriesAreRefusedWithAClearMessageAndWriteNothing() throws IOException {
        byte[] good = backup(richDatabase());
        assertRefused(edit(good, root -> ((ObjectNode) water(root).get("cadence")).put("zone", "Mars/Olympus_Mons")),
                "series " + water(JSON.readTree(good)).get("id").asLong() + " cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).get("cadence")).put("interval", 0)), "cannot be read");
        assertRefused(edit(good, root -> water(root).put("status", "lost")), "unknown series status 'lost'");
        assertRefused(edit(good, root -> water(root).remove("noteTemplate")), "\"noteTemplate\" is missing");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("parts").get(0)).put("stage", "lost")), "cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("parts").get(0)).put("pitchDue", "next week")), "cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("parts").get(0)).put("plannedLocal", "2026-13-40T25:00")),
                "cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("parts").get(1)).put("articleId", 987654)),
                "refers to article 987654, which is not in the backup");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("parts").get(1)).put("articleId",
                water(root).withArray("parts").get(0).get("articleId").asLong())), "is linked to two parts");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("parts").get(1)).put("id",
                water(root).withArray("parts").get(0).get("id").asLong())), "series part id");
        assertRefused(edit(good, root -> {
            ObjectNode other = (ObjectNode) root.withArray("series").get(root.withArray("series").get(0) == water(root) ? 1 : 0);
            other.put("id", water(root).get("id").asLong());
        }), "series id");
        assertRefused(edit(good, root -> ((ObjectNode) water(root).withArray("log").get(0)).put("at", "yesterday")), "cannot be read");
    }

    @BackendTest
    void afterARestoreTheDatabaseGivesNewRowsIdsPastTheRestoredOnes() throws IOException {
        byte[] source = backup(richDatabase());
        try (Database db = backend.open(dir.resolve("restored.db"))) {
            newBackup(db).restore(new ByteArrayInputStream(source));
            ArticleStore articles = new ArticleStore(db);
            long highest = articles.list(ArticleStore.Filter.ALL.withTrash(true)).stream().mapToLong(a -> a.id()).max().orElseThrow();
            Instant t = Instant.parse("2026-04-01T08:00:00Z");
            Article added = articles.create(Article.create(ArticleContent.EMPTY.withHeadline("After the restore"), t));
            assertThat(added.id()).isGreaterThan(highest);
            SeriesStore series = new SeriesStore(db, articles);
            long seriesBefore = series.allPlans().stream().mapToLong(p -> p.series().id()).max().orElseThrow();
            assertThat(series.create(Series.create("New plan", "", 0, Cadence.WEEKLY_DEFAULT, t), List.of()).series().id()).isGreaterThan(seriesBefore);
            SubmissionStore inbox = new SubmissionStore(db);
            long inboxBefore = inbox.list(org.masthead.model.InboxQuery.ALL).stream().mapToLong(r -> r.id()).max().orElseThrow();
            long sub = inbox.save(SyntheticInbox.message("<after@restore>", "After the restore", "Ana Lima", "ana@example.org", t,
                    "A new piece after the restore.", org.masthead.model.MessageKind.SUBMISSION, null)).submissionId();
            assertThat(sub).isGreaterThan(inboxBefore);
            assertThat(inbox.addNote(sub, "a note after the restore", "Ana").id()).isPositive();
        }
    }

    @BackendTest
    void aVersionOneBackupWithoutSeriesStillRestores() throws IOException {
        byte[] good = backup(richDatabase());
        byte[] v1 = edit(good, root -> {
            root.put("formatVersion", 1);
            root.remove("series");
        });
        try (Database db = backend.open(dir.resolve("from-v1.db"))) {
            Backup.Counts c = newBackup(db).restore(new ByteArrayInputStream(v1));
            assertThat(c.articles()).isEqualTo(10);
            assertThat(c.series()).isZero();
            assertThat(new SeriesStore(db, new ArticleStore(db)).count()).isZero();
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @BackendTest
    void slugsAreBackedUpAndRestoredAsTheyWereAndAVersionTwoFileGetsThemLater() throws IOException {
        Path source = richDatabase();
        java.util.Map<Long, String> before;
        try (Database db = backend.open(source)) {
            before = new ArticleStore(db).slugs();
        }
        assertThat(before).hasSize(2).containsValue("the-cities-that-buried-their-rivers-are-digging-them-up");
        byte[] good = backup(source);
        try (Database db = backend.open(dir.resolve("slugs.db"))) {
            newBackup(db).restore(new ByteArrayInputStream(good));
            assertThat(new ArticleStore(db).slugs()).isEqualTo(before);
        }
        byte[] v2 = edit(good, root -> {
            root.put("formatVersion", 2);
            root.withArray("articles").forEach(a -> ((ObjectNode) a).remove("slug"));
        });
        try (Database db = backend.open(dir.resolve("from-v2.db"))) {
            newBackup(db).restore(new ByteArrayInputStream(v2));
            ArticleStore articles = new ArticleStore(db);
            assertThat(articles.slugs()).isEmpty();
            assertThat(articles.assignMissingSlugs()).isEqualTo(before);
        }
        assertRefused(edit(good, root -> root.withArray("articles").forEach(a -> {
            if (a.get("slug").isTextual()) ((ObjectNode) a).put("slug", "same");
        })), "appears twice");
        assertRefused(edit(good, root -> ((ObjectNode) root.withArray("articles").get(0)).put("slug", "Not A Slug")), "slug");
    }

    @BackendTest
    void restoreIntoADatabaseHoldingOnlyASeriesIsRefused() throws IOException {
        byte[] source = backup(richDatabase());
        Path target = dir.resolve("series-only.db");
        try (Database db = backend.open(target)) {
            new SeriesStore(db, new ArticleStore(db)).create(Series.create("Already planned", "", 0, Cadence.WEEKLY_DEFAULT,
                    Instant.parse("2026-01-01T00:00:00Z")), List.of());
            assertThatThrownBy(() -> newBackup(db).restore(new ByteArrayInputStream(source)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty database");
            assertThat(new ArticleStore(db).count()).isZero();
        }
    }

    /** Everything the inbox store gives back, to compare a restored inbox with its source. */
    record InboxSnapshot(List<org.masthead.model.SubmissionRow> rows, List<Object> details, List<org.masthead.model.FailedImport> failed,
                         List<org.masthead.model.SavedFilter> filters, List<org.masthead.model.Person> people) {
        static InboxSnapshot of(SubmissionStore s) {
            List<Object> details = new java.util.ArrayList<>();
            for (var r : s.list(org.masthead.model.InboxQuery.ALL)) {
                long id = r.id();
                details.add(List.of(s.get(id), s.versions(id), s.history(id), s.attachments(id), s.activity(id), s.reviews(id), s.notes(id),
                        s.replies(id)));
                for (var h : s.history(id)) details.add(java.util.Arrays.toString(s.rawMessage(h.id()).orElseThrow()));
                for (var a : s.attachments(id)) details.add(java.util.Arrays.toString(s.attachmentBytes(a.id()).orElseThrow()));
            }
            return new InboxSnapshot(s.list(org.masthead.model.InboxQuery.ALL), details, s.failed(), s.savedFilters(), s.people());
        }
    }

    private static void assertInboxRestored(Database db, InboxSnapshot source) {
        SubmissionStore inbox = new SubmissionStore(db);
        assertThat(InboxSnapshot.of(inbox)).isEqualTo(source);
        assertThat(inbox.failedRaw(inbox.failed().get(0).id()).orElseThrow()).containsExactly(0, 1, 2);
        assertThat(inbox.search("estuaries", 10)).hasSize(1);
        assertThat(inbox.search("aquifers", 10)).hasSize(1);
        assertThat(inbox.search("气候变化", 10)).hasSize(1);
        assertThat(inbox.search("Sao Paulo", 10)).as("the earlier version is not the searched one").isEmpty();
        assertThat(inbox.mailboxState("imap://desk@mail/INBOX").orElseThrow().lastUid()).isEqualTo(4711);
        assertThat(inbox.duplicateCandidates(new long[] {8})).hasSize(1);
        assertThat(inbox.submissionBySenderAndTitle("ANA@example.org", "Re: rivers under the city")).isPresent();
        assertThat(inbox.submissionForMessageIds(List.of("<reply@masthead>"))).isPresent();
    }

    @BackendTest
    void damagedInboxesAreRefusedWithAClearMessageAndWriteNothing() throws IOException {
        byte[] good = backup(richDatabase());
        assertRefused(edit(good, root -> ((ObjectNode) root.with("inbox").withArray("submissions").get(0)).put("status", "lost")),
                "inbox submissions #1 cannot be read");
        assertRefused(edit(good, root -> ((ObjectNode) root.with("inbox").withArray("messages").get(0)).put("raw", "AAAA")),
                "differ from its checksum");
        assertRefused(edit(good, root -> ((ObjectNode) root.with("inbox").withArray("messages").get(1)).put("id",
                root.with("inbox").withArray("messages").get(0).get("id").asLong())), "messages id");
        assertRefused(edit(good, root -> ((ObjectNode) root.with("inbox").withArray("versions").get(0)).put("submissionId", 987654)),
                "does not fit together");
        assertRefused(edit(good, root -> ((ObjectNode) root.with("inbox").withArray("submissions").get(0)).remove("title")),
                "\"title\" is missing");
    }

    @BackendTest
    void aVersionThreeBackupWithoutAnInboxStillRestores() throws IOException {
        byte[] v3 = edit(backup(richDatabase()), root -> {
            root.put("formatVersion", 3);
            root.remove("inbox");
        });
        try (Database db = backend.open(dir.resolve("from-v3.db"))) {
            Backup.Counts c = newBackup(db).restore(new ByteArrayInputStream(v3));
            assertThat(c.articles()).isEqualTo(10);
            assertThat(c.submissions()).isZero();
            assertThat(new SubmissionStore(db).count(org.masthead.model.InboxQuery.ALL)).isZero();
        }
    }

    /** The series with parts, log and a linked article in {@link #richDatabase()}'s backup. */
    private static ObjectNode water(com.fasterxml.jackson.databind.JsonNode root) {
        for (var s : root.withArray("series")) {
            if (s.get("title").asText().equals("Water and the City")) return (ObjectNode) s;
        }
        throw new AssertionError("no series 'Water and the City' in the backup");
    }

    private static byte[] edit(byte[] backup, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(backup);
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    private int attempt;

    private void assertRefused(byte[] bad, String message) throws IOException {
        Path f = dir.resolve("refused-" + (attempt++) + ".db");
        try (Database db = backend.open(f)) {
            assertThatThrownBy(() -> newBackup(db).restore(new ByteArrayInputStream(bad)))
                    .as(message).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
            assertThat(new ArticleStore(db).count()).isZero();
            assertThat(new ImageStore(db).count()).isZero();
            assertThat(new SeriesStore(db, new ArticleStore(db)).count()).isZero();
            assertThat(new PublicationStore(db).find()).isEmpty();
            assertThat(new PublicationStore(db).setting(DemoPublication.OFFERED_SETTING)).isEmpty();
            int leftovers = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT (SELECT count(*) FROM revision) + (SELECT count(*) FROM correction)"
                        + " + (SELECT count(*) FROM " + (backend.isPostgres() ? "article_search" : "article_fts") + ")"
                        + " + (SELECT count(*) FROM series_part) + (SELECT count(*) FROM plan_log)"
                        + " + (SELECT count(*) FROM submission) + (SELECT count(*) FROM mail_message) + (SELECT count(*) FROM person)"
                        + " + (SELECT count(*) FROM " + (backend.isPostgres() ? "submission_search) + (SELECT count(*) FROM submission_substrings" : "submission_fts") + ")"
                        + " + (SELECT count(*) FROM failed_import)")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(leftovers).isZero();
        }
    }
}
