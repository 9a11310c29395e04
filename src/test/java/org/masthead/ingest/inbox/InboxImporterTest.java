package org.masthead.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.ingest.mail.RawMail;
import org.masthead.model.InboxQuery;
import org.masthead.model.LengthUnit;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;

/** The importer against a real SQLite inbox: what each kind of message becomes. */
class InboxImporterTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Database db;
    private SubmissionStore store;
    private InboxImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        store = new SubmissionStore(db, CLOCK);
        importer = new InboxImporter(store, new ImageStore(db), CLOCK, ZoneId.of("Europe/London"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static final String PIECE = String.join("\n\n",
            "Cities once buried their rivers under concrete, treating them as drains rather than as living water. "
                    + "Today a growing number of mayors are digging them up again, and the results deserve a careful look.",
            "In Seoul the Cheonggyecheon stream was uncovered in 2005. Summer temperatures along its banks fell, "
                    + "traffic found other routes, and property values rose faster than in the rest of the city.",
            "The lesson for planners is not that every culvert should be opened, but that water in a city is an asset "
                    + "to be managed in daylight. Flood risk falls when rivers have room to spread, and people care for what they can see.",
            "Critics point to the cost, which is real. Yet the cost of maintaining ageing culverts is rarely counted, "
                    + "and the bill for a collapse arrives without warning, usually during the worst storm of the decade.",
            "Ana Lima is a professor of hydrology at the University of Lisbon.");

    private static String message(String id, String from, String subject, String extraHeaders, String body) {
        return "From: " + from + "\r\nTo: opinion@news.example\r\nSubject: " + subject + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n"
                + "Message-ID: <" + id + ">\r\nMIME-Version: 1.0\r\n" + extraHeaders
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n";
    }

    private InboxImporter.Report run(String... messages) {
        List<RawMail> raws = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) raws.add(new RawMail("test#" + i, messages[i].getBytes(StandardCharsets.UTF_8)));
        return importer.importMessages(raws.iterator(), raws.size(), InboxImporter.Progress.NONE, () -> false);
    }

    private SubmissionRow only(MessageKind kind) {
        List<SubmissionRow> rows = store.list(InboxQuery.ALL.withKinds(java.util.Set.of(kind)));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aSubmissionIsJudgedAndItsFollowUpRevisionAndAutoReplyFindTheirPlaces() {
        String first = message("a1@ex.org", "Ana Lima <ana@ex.org>", "Op-ed: Dig up the rivers", "",
                "Dear editors, I am offering this piece to you exclusively and would be grateful for an answer within 48 hours.\n\n" + PIECE);
        String reply = message("a2@ex.org", "Ana Lima <ana@ex.org>", "Re: Op-ed: Dig up the rivers", "In-Reply-To: <a1@ex.org>\r\n",
                "Just checking that it arrived. Thanks!");
        String revised = message("a3@ex.org", "Ana Lima <ana@ex.org>", "Re: Op-ed: Dig up the rivers",
                "In-Reply-To: <a1@ex.org>\r\nReferences: <a1@ex.org>\r\n", "Here is a revised version.\n\n" + PIECE.replace("careful look", "closer look"));
        String away = message("x1@ex.org", "Mei Lin <mei@ex.org>", "Automatic reply: away", "Auto-Submitted: auto-replied\r\n",
                "I am away until Monday.");
        String note = message("r1@ex.org", "Reader <reader@ex.org>", "Your paper", "", "I liked Tuesday's column. Keep it up.");

        InboxImporter.Report r = run(first, reply, revised, away, note);

        assertThat(r.imported()).as(r.summary()).isEqualTo(3);
        assertThat(r.followUps()).isEqualTo(2);
        SubmissionRow row = only(MessageKind.SUBMISSION);
        Submission s = store.get(row.id()).orElseThrow();
        assertThat(s.title()).isEqualTo("Dig up the rivers"); // the "Op-ed:" label is not part of the title
        assertThat(s.fromEmail()).isEqualTo("ana@ex.org");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.lengthUnit()).isEqualTo(LengthUnit.WORDS);
        assertThat(s.length()).isBetween(150, 260);
        assertThat(s.exclusive()).isTrue();
        assertThat(s.answerDue()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(s.claimedTitle()).containsIgnoringCase("professor of hydrology");
        assertThat(s.status()).isEqualTo(SubmissionStatus.NEW);
        assertThat(store.versions(row.id())).hasSize(2);
        assertThat(store.currentVersion(row.id()).orElseThrow().plainText()).contains("closer look");
        assertThat(store.history(row.id())).hasSize(3);
        assertThat(only(MessageKind.AUTO_REPLY).answerDue()).isNull();
        assertThat(only(MessageKind.OTHER).title()).isEqualTo("Your paper");
    }

    @Test
    void theSamePieceSentAgainUnderAnotherSubjectAndReworded_isFlaggedWithItsTwin() {
        String first = message("b1@ex.org", "Ana Lima <ana@ex.org>", "Rivers under the pavement", "", PIECE);
        String other = message("c1@ex.org", "Omar Haddad <omar@ex.org>", "Pensions need a new deal", "",
                String.join("\n\n", "Pension systems across Europe were designed for a world of short retirements and large families.",
                        "That world is gone. Workers now live two decades after they stop working, and fewer of them pay in.",
                        "Raising the age alone punishes those in hard jobs; a fair reform links it to years of contributions instead.",
                        "Governments that delay will face a sharper choice later, with less time to phase in any change at all."));
        String resent = message("b2@ex.org", "Ana Lima <ana.lima@uni.example>", "Resending: a piece on urban rivers", "",
                "Dear editor, resending in case my first email went astray.\n\n" + PIECE.replace("growing number", "rising number")
                        .replace("deserve a careful look", "deserve attention"));
        InboxImporter.Report r = run(first, other, resent);
        assertThat(r.imported()).as(r.summary()).isEqualTo(3);
        List<SubmissionRow> rows = store.list(InboxQuery.ALL.withSort(InboxQuery.Sort.RECEIVED_NEWEST));
        SubmissionRow twin = rows.stream().filter(x -> x.title().startsWith("Resending")).findFirst().orElseThrow();
        SubmissionRow original = rows.stream().filter(x -> x.title().equals("Rivers under the pavement")).findFirst().orElseThrow();
        assertThat(twin.duplicateOf()).isEqualTo(original.id());
        assertThat(rows.stream().filter(x -> x.title().startsWith("Pensions")).findFirst().orElseThrow().duplicateOf()).isNull();
    }

    @Test
    void bandKeysMadeByAnOlderSignatureFormatAreMadeAgainBeforeTheNextImport() throws Exception {
        run(message("b1@ex.org", "Ana Lima <ana@ex.org>", "Rivers under the pavement", "", PIECE));
        assertThat(store.bandFormat()).isEqualTo(org.masthead.triage.MinHash.FORMAT_VERSION);
        // as an older Masthead left them: other keys, format 2
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db")); var st = c.createStatement()) {
            st.executeUpdate("UPDATE submission_band SET band_key = band_key + 1");
            st.executeUpdate("UPDATE setting SET value = '2' WHERE key = 'inbox.bandFormat'");
        }
        assertThat(store.bandFormat()).isEqualTo(2);
        String resent = message("b2@ex.org", "Ana Lima <ana.lima@uni.example>", "Resending: a piece on urban rivers", "",
                "Dear editor, resending in case my first email went astray.\n\n" + PIECE.replace("growing number", "rising number"));
        run(resent);
        assertThat(store.bandFormat()).isEqualTo(org.masthead.triage.MinHash.FORMAT_VERSION);
        List<SubmissionRow> rows = store.list(InboxQuery.ALL.withSort(InboxQuery.Sort.RECEIVED_NEWEST));
        SubmissionRow original = rows.stream().filter(x -> x.title().equals("Rivers under the pavement")).findFirst().orElseThrow();
        assertThat(rows.stream().filter(x -> x.title().startsWith("Resending")).findFirst().orElseThrow().duplicateOf())
                .as("the old piece's keys were made again, so the re-sent copy meets it").isEqualTo(original.id());
    }

    @Test
    void aPieceAttachedAsWordBecomesTheTextAndAnAcceptedOneConvertsToADraft() throws IOException {
        String boundary = "b0undary";
        String docx = Base64.getMimeEncoder().encodeToString(docx("Why cities should dig up their rivers", PIECE));
        String mail = "From: Ana Lima <ana@ex.org>\r\nTo: opinion@news.example\r\nSubject: Submission\r\n"
                + "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\nMessage-ID: <d1@ex.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nDear editors, please find my article attached.\r\n--" + boundary + "\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"../../rivers.docx\"\r\n"
                + "Content-Disposition: attachment; filename=\"../../rivers.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + docx
                + "\r\n--" + boundary + "--\r\n";
        InboxImporter.Report r = run(mail);
        assertThat(r.imported()).as(r.summary()).isEqualTo(1);
        SubmissionRow row = only(MessageKind.SUBMISSION);
        assertThat(row.title()).isEqualTo("Why cities should dig up their rivers");
        assertThat(row.pitch()).isFalse();
        assertThat(store.currentVersion(row.id()).orElseThrow().plainText()).contains("Cheonggyecheon");
        assertThat(store.attachments(row.id())).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("rivers.docx"));

        ArticleStore articles = new ArticleStore(db);
        SubmissionConverter converter = new SubmissionConverter(store, articles, new SeriesStore(db, articles), CLOCK);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> converter.convert(row.id(), "Mei")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only an accepted submission");
        store.setStatus(row.id(), SubmissionStatus.ACCEPTED, "Mei");
        long article = converter.convert(row.id(), "Mei");
        var a = articles.load(article);
        assertThat(a.content().headline()).isEqualTo("Why cities should dig up their rivers");
        assertThat(a.content().byline()).singleElement().satisfies(au -> {
            assertThat(au.name()).isEqualTo("Ana Lima");
            assertThat(au.title()).containsIgnoringCase("hydrology");
        });
        assertThat(a.content().body().plainText()).contains("Cheonggyecheon");
        assertThat(a.content().sourceNote()).contains("submission " + row.id());
        Submission after = store.get(row.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(SubmissionStatus.CONVERTED);
        assertThat(after.articleId()).isEqualTo(article);
    }

    @Test
    void aMessageThatIsNotMailLandsInCouldNotImportAndReadsOnRetryOnceFixed() {
        InboxImporter.Report r = run("\u0000\u0001 binary junk, not a message", message("e1@ex.org", "Ana <ana@ex.org>", "Rivers", "", PIECE));
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.imported()).isEqualTo(1);
        var failed = store.failed();
        assertThat(failed).singleElement().satisfies(f -> assertThat(f.reason()).isNotBlank());
        InboxImporter.Report again = importer.retry(failed.get(0).id());
        assertThat(again.failed()).isEqualTo(1); // still not a message: kept, with its reason
        assertThat(store.failed()).hasSize(1);
    }

    @Test
    void aMessageThatHangsIsGivenUpAfterTheLimitAndTheOthersStillImport() throws InterruptedException {
        try (Lanes lanes = new Lanes(2, Duration.ofMillis(300), 1 << 20)) {
            List<String> out = new ArrayList<>();
            record In(String name) implements Lanes.Sized {
                public long size() {
                    return 1;
                }
            }
            boolean stopped = lanes.run(List.of(new In("a"), new In("hang"), new In("b"), new In("c")).iterator(), in -> {
                if (in.name().equals("hang")) while (true) Thread.onSpinWait(); // ignores interruption, as a hostile parse might
                return in.name();
            }, in -> in.name() + ": timed out", in -> in.name() + ": failed", out::add, () -> false);
            assertThat(stopped).isFalse();
            assertThat(out).containsExactly("a", "hang: timed out", "b", "c");
        }
    }

    @Test
    void aLongFirstMessageDoesNotHoldUpTheOtherLane() throws InterruptedException {
        try (Lanes lanes = new Lanes(2, Duration.ofSeconds(30), 1 << 20)) {
            record In(String name) implements Lanes.Sized {
                public long size() {
                    return 1;
                }
            }
            java.util.concurrent.CountDownLatch othersDone = new java.util.concurrent.CountDownLatch(5);
            List<In> inputs = new ArrayList<>(List.of(new In("long")));
            for (int i = 1; i <= 5; i++) inputs.add(new In("short" + i));
            List<String> out = new ArrayList<>();
            boolean[] waitedForOthers = {false};
            lanes.run(inputs.iterator(), in -> {
                if (in.name().equals("long")) {
                    // finishes only once the five short ones behind it have been read on the other lane (or after 10 s)
                    try {
                        waitedForOthers[0] = othersDone.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    othersDone.countDown();
                }
                return in.name();
            }, in -> in.name() + ": timed out", in -> in.name() + ": failed", out::add, () -> false);
            assertThat(waitedForOthers[0]).as("the short messages were read while the long one ran").isTrue();
            assertThat(out).containsExactly("long", "short1", "short2", "short3", "short4", "short5");
        }
    }

    private static byte[] docx(String title, String text) throws IOException {
        return ReaderWarmUp.docx(title, text);
    }
}
