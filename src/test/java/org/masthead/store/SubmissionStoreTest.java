package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.store.SyntheticInbox.message;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.AttachmentOutcome;
import org.masthead.model.InboxQuery;
import org.masthead.model.IncomingMessage;
import org.masthead.model.LengthUnit;
import org.masthead.model.MailboxState;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Review;
import org.masthead.model.SavedFilter;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

class SubmissionStoreTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;
    private Backend backend;
    Database db;
    SubmissionStore store;

    @BeforeEach
    void open(Backend b) {
        backend = b;
        db = backend.open(dir.resolve("inbox.db"));
        store = new SubmissionStore(db, Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long submit(String id, String subject, String body) {
        return store.save(message(id, subject, "Ana Lima", "ana@example.org", T, body, MessageKind.SUBMISSION, null)).submissionId();
    }

    @BackendTest
    void aNewSubmissionIsStoredWithItsRawMessageFirstVersionAttachmentsAndActivity() {
        Document docx = Document.of(Block.Heading.of(1, "Rivers"), Block.Paragraph.of("Under the city."));
        IncomingMessage base = message("<a1@example.org>", "Op-ed: Rivers", "Ana Lima", "Ana@Example.org", T, "Please see attached.",
                MessageKind.SUBMISSION, null);
        IncomingMessage m = new IncomingMessage(base.raw(), null, base.messageId(), null, List.of(), base.subject(), base.fromName(),
                base.fromEmail(), T, "inbox/one.eml", MessageKind.SUBMISSION, null,
                base.draft().withLanguage("en").withExclusive(true, T.plus(Duration.ofHours(48))).withPitch(true).withTags(List.of("water")),
                base.body(), null, List.of(new IncomingMessage.Attachment("rivers.docx", "application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document", new byte[] {1, 2, 3}, AttachmentOutcome.DOCUMENT, null, docx, null),
                new IncomingMessage.Attachment("locked.pdf", "application/pdf", new byte[] {9}, AttachmentOutcome.FAILED,
                        "the PDF is encrypted", null, null)),
                List.of("https://docs.google.com/document/d/x"), List.of("charset x-unknown read as windows-1252"), new long[] {11, 12});
        SubmissionStore.SaveResult r = store.save(m);
        assertThat(r.outcome()).isEqualTo(SubmissionStore.SaveResult.Outcome.NEW_ITEM);

        Submission s = store.get(r.submissionId()).orElseThrow();
        assertThat(s.title()).isEqualTo("Op-ed: Rivers");
        assertThat(s.status()).isEqualTo(SubmissionStatus.NEW);
        assertThat(s.exclusive()).isTrue();
        assertThat(s.exclusiveUntil()).isEqualTo(T.plus(Duration.ofHours(48)));
        assertThat(s.pitch()).isTrue();
        assertThat(s.tags()).containsExactly("water");
        assertThat(s.length()).isEqualTo(3);
        assertThat(store.rawMessage(r.mailId()).orElseThrow()).isEqualTo(m.raw());
        assertThat(store.history(s.id())).singleElement().satisfies(h -> {
            assertThat(h.messageId()).isEqualTo("<a1@example.org>");
            assertThat(h.rawSize()).isEqualTo(m.raw().length);
            assertThat(h.links()).containsExactly("https://docs.google.com/document/d/x");
            assertThat(h.warnings()).hasSize(1);
        });
        assertThat(store.currentVersion(s.id()).orElseThrow().document()).isEqualTo(base.body());
        assertThat(store.attachments(s.id())).extracting(a -> a.fileName() + ":" + a.outcome() + ":" + a.error() + ":" + a.hasDocument())
                .containsExactly("rivers.docx:DOCUMENT::true", "locked.pdf:FAILED:the PDF is encrypted:false");
        long att = store.attachments(s.id()).get(0).id();
        assertThat(store.attachmentBytes(att).orElseThrow()).containsExactly(1, 2, 3);
        assertThat(store.attachmentDocument(att).orElseThrow()).isEqualTo(docx);
        assertThat(store.activity(s.id())).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("received"));
        assertThat(store.duplicateCandidates(new long[] {12, 99})).containsExactly(new SubmissionStore.DuplicateCandidate(s.id(), 1));
        // attachment text is searchable
        assertThat(store.search("under city", 10)).extracting(h -> h.row().id()).containsExactly(s.id());
    }

    @BackendTest
    void theSameMessageIdWithDifferentContentIsKeptTwiceButTheSameMessageIsNot() {
        IncomingMessage a = message("<0@localhost>", "First", "A", "a@x.org", T, "one text", MessageKind.SUBMISSION, null);
        IncomingMessage b = message("<0@localhost>", "Second", "B", "b@x.org", T, "another text", MessageKind.SUBMISSION, null);
        assertThat(store.save(a).outcome()).isEqualTo(SubmissionStore.SaveResult.Outcome.NEW_ITEM);
        assertThat(store.hasMessage("<0@localhost>", RevisionPolicy.sha256(a.raw()))).isTrue();
        assertThat(store.hasMessage("<0@localhost>", RevisionPolicy.sha256(b.raw()))).isFalse();
        assertThat(store.save(b).outcome()).isEqualTo(SubmissionStore.SaveResult.Outcome.NEW_ITEM);
        SubmissionStore.SaveResult again = store.save(a);
        assertThat(again.outcome()).isEqualTo(SubmissionStore.SaveResult.Outcome.ALREADY_THERE);
        assertThat(store.count(InboxQuery.ALL)).isEqualTo(2);
        // without a Message-ID the hash alone decides; "0@localhost" without brackets is the same id
        IncomingMessage none = message(null, "No id", "C", "c@x.org", T, "text", MessageKind.SUBMISSION, null);
        store.save(none);
        assertThat(store.hasMessage(null, RevisionPolicy.sha256(none.raw()))).isTrue();
        assertThat(store.hasMessage("0@localhost", RevisionPolicy.sha256(a.raw()))).isTrue();
        assertThat(store.saveAll(List.of(none, a))).extracting(SubmissionStore.SaveResult::outcome)
                .containsOnly(SubmissionStore.SaveResult.Outcome.ALREADY_THERE);
        assertThat(store.count(InboxQuery.ALL)).isEqualTo(3);
    }

    @BackendTest
    void aRevisionBecomesTheCurrentVersionAndKeepsTheEarlierOneAFollowUpJoinsTheHistory() {
        long id = submit("<s1@x.org>", "Rivers", "first draft about rivers");
        store.save(message("<s2@x.org>", "Re: Rivers", "Ana Lima", "ana@example.org", T.plusSeconds(60), "a question about the fee",
                MessageKind.FOLLOW_UP, id));
        SubmissionStore.SaveResult r = store.save(message("<s3@x.org>", "Rivers, revised", "Ana Lima", "ana@example.org", T.plusSeconds(120),
                "second draft about estuaries", MessageKind.REVISION, id));
        assertThat(r.outcome()).isEqualTo(SubmissionStore.SaveResult.Outcome.REVISION);
        assertThat(store.versions(id)).extracting(v -> v.number() + ":" + v.plainText().strip())
                .containsExactly("1:first draft about rivers", "2:second draft about estuaries");
        assertThat(store.currentVersion(id).orElseThrow().number()).isEqualTo(2);
        assertThat(store.history(id)).extracting(h -> h.kind()).containsExactly(MessageKind.SUBMISSION, MessageKind.FOLLOW_UP, MessageKind.REVISION);
        assertThat(store.followUpBody(store.history(id).get(1).id()).orElseThrow().plainText()).contains("fee");
        assertThat(store.count(InboxQuery.ALL)).isEqualTo(1);
        assertThat(store.search("estuaries", 10)).hasSize(1);
        assertThat(store.search("rivers", 10)).hasSize(1);
        assertThat(store.search("first draft", 10)).as("an earlier version is not searched").isEmpty();
        assertThat(store.activity(id)).extracting(a -> a.action()).containsExactly("received", "follow-up", "revision");
        assertThatThrownBy(() -> store.save(message("<s4@x.org>", "x", "A", "a@x.org", T, "x", MessageKind.FOLLOW_UP, 999L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }

    @BackendTest
    void followUpsAreMatchedByMessageIdsOrBySenderAndNormalisedTitle() {
        long id = submit("<orig@x.org>", "The River, Revisited!", "text");
        assertThat(store.submissionForMessageIds(List.of("<nothing@x.org>", "orig@x.org"))).contains(id);
        assertThat(store.submissionForMessageIds(List.of("<nothing@x.org>"))).isEmpty();
        store.recordReply(new ReplyRecord(0, id, ReplyRecord.Kind.REVISE, "ana@example.org", "Re: The River", "Please cut it.",
                ReplyRecord.Channel.SMTP, T, "<reply-1@masthead>", "Mei"));
        assertThat(store.submissionForMessageIds(List.of("<reply-1@masthead>"))).contains(id);
        assertThat(store.replies(id)).singleElement().satisfies(r -> assertThat(r.channel()).isEqualTo(ReplyRecord.Channel.SMTP));
        assertThat(store.submissionBySenderAndTitle(" ANA@example.org", "Re: AW: Fwd: the river revisited")).contains(id);
        assertThat(store.submissionBySenderAndTitle("ana@example.org", "TR : The river — revisited.")).contains(id);
        assertThat(store.submissionBySenderAndTitle("other@example.org", "The River, Revisited")).isEmpty();
        assertThat(TitleKey.of("回复：气候变化")).isEqualTo("气候变化");
    }

    @BackendTest
    void failedImportsKeepTheirRawBytesAndTheSameBytesAgainAddNoSecondEntry() {
        byte[] raw = "garbage\u0000".getBytes(StandardCharsets.UTF_8);
        var f = store.addFailed("mail/bad.eml", "no headers", raw);
        store.addFailed("mail/bad.eml", "no headers (retried)", raw);
        assertThat(store.failed()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("no headers (retried)");
            assertThat(x.rawSize()).isEqualTo(raw.length);
        });
        assertThat(store.failedRaw(f.id()).orElseThrow()).isEqualTo(raw);
        assertThat(store.removeFailed(f.id())).isTrue();
        assertThat(store.failed()).isEmpty();
        assertThat(store.failedRaw(f.id())).isEmpty();
    }

    @BackendTest
    void triageWritesAreLoggedWithTheActorAndMovesOutOfConvertedAreRefused() {
        long id = submit("<t1@x.org>", "Rivers", "text");
        Person mei = store.addPerson("Mei Lin", "mei@paper.org");
        Person ana = store.addPerson("Omar Haddad", "");
        assertThatThrownBy(() -> store.addPerson("mei lin", "")).hasMessageContaining("already");
        assertThat(store.personByName("MEI LIN")).contains(mei);
        assertThat(store.people()).containsExactly(mei, ana);

        assertThat(store.setStatus(id, SubmissionStatus.SHORTLISTED, "Mei Lin")).isTrue();
        assertThat(store.setStatus(id, SubmissionStatus.SHORTLISTED, "Mei Lin")).isFalse();
        store.assign(id, mei.id(), "Mei Lin");
        assertThat(store.addTag(id, " climate ", "Mei Lin")).isTrue();
        assertThat(store.addTag(id, "climate", "Mei Lin")).isFalse();
        store.addTag(id, "cities", "Mei Lin");
        assertThat(store.removeTag(id, "cities", "Mei Lin")).isTrue();
        store.addNote(id, "Check the figures in paragraph 3.", "Omar Haddad");
        store.score(id, mei.id(), Review.of(4, 5, null, 3));
        store.score(id, ana.id(), Review.of(2, null, null, null));
        store.score(id, mei.id(), Review.of(4, 5, 4, 3));
        assertThat(store.reviews(id)).extracting(Review::reviewerName, Review::average).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mei Lin", 4.0), org.assertj.core.groups.Tuple.tuple("Omar Haddad", 2.0));
        // On PostgreSQL "who did it" is the login, whatever name was passed (decision 0017).
        String omar = backend.isPostgres() ? sessionUser() : "Omar Haddad";
        String meiLin = backend.isPostgres() ? sessionUser() : "Mei Lin";
        String importer = backend.isPostgres() ? sessionUser() : "Masthead";
        assertThat(store.notes(id)).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo(omar));
        assertThat(store.tags()).containsExactly("climate");
        SubmissionRow row = store.list(InboxQuery.ALL).get(0);
        assertThat(row.assignee()).isEqualTo("Mei Lin");
        assertThat(row.tags()).containsExactly("climate");
        assertThat(row.averageScore()).isEqualTo((4 + 5 + 4 + 3 + 2) / 5.0);
        assertThat(store.activity(id)).extracting(a -> a.actor() + " " + a.action()).containsExactly(importer + " received",
                meiLin + " status", meiLin + " assigned", meiLin + " tagged", meiLin + " tagged", meiLin + " untagged", omar + " note",
                meiLin + " scored", omar + " scored", meiLin + " scored");
        assertThatThrownBy(() -> store.setStatus(id, SubmissionStatus.DECLINED, " ")).hasMessageContaining("who is acting");

        assertThatThrownBy(() -> store.setStatus(id, SubmissionStatus.CONVERTED, "Mei Lin")).hasMessageContaining("converting");
        store.linkArticle(id, articleId(), "Mei Lin");
        assertThat(store.get(id).orElseThrow().status()).isEqualTo(SubmissionStatus.CONVERTED);
        assertThatThrownBy(() -> store.setStatus(id, SubmissionStatus.WITHDRAWN, "Mei Lin")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("converted");
        assertThatThrownBy(() -> store.linkArticle(id, articleId(), "Mei Lin")).hasMessageContaining("already converted");
        assertThat(store.get(id).orElseThrow().status()).isEqualTo(SubmissionStatus.CONVERTED);
    }

    private long articleId() {
        return new ArticleStore(db).create(org.masthead.model.Article.create(org.masthead.model.ArticleContent.EMPTY.withHeadline("Rivers"), T)).id();
    }

    @BackendTest
    void anUpdateFromAStaleCopyIsRefusedAndAFreshOneSavesTheDetails() {
        long id = submit("<u1@x.org>", "Rivers", "text");
        Submission read = store.get(id).orElseThrow();
        Submission edited = read.withLanguage("pt").withClaimedTitle("Professor of Hydrology").withVerified(true, "Mei Lin")
                .withAnswerDue(T.plus(Duration.ofDays(2))).withNewsPegExpiry(LocalDate.of(2026, 3, 22)).withBio("Ana writes.")
                .withConflictNote("Consults for a water utility.").withPitch(true).withStatus(SubmissionStatus.ACCEPTED);
        Submission saved = store.update(edited, "Mei Lin");
        assertThat(saved.language()).isEqualTo("pt");
        assertThat(saved.status()).as("status has its own write").isEqualTo(SubmissionStatus.NEW);
        assertThat(store.get(id).orElseThrow()).isEqualTo(saved);
        assertThat(saved.verifiedBy()).isEqualTo("Mei Lin");
        assertThat(saved.newsPegExpiry()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(store.activity(id).get(1).detail()).contains("claimed title", "language", "answer due", "news peg");
        assertThatThrownBy(() -> store.update(read.withLanguage("es"), "Omar")).isInstanceOf(SubmissionStore.StaleSubmissionException.class)
                .hasMessageContaining("changed meanwhile");
        store.addTag(id, "x", "Mei Lin");
        assertThat(store.update(saved.withLanguage("es"), "Omar").language()).as("a tag does not make the details stale").isEqualTo("es");
        Submission now = store.get(id).orElseThrow();
        store.setStatus(id, SubmissionStatus.IN_REVIEW, "Mei Lin");
        assertThatThrownBy(() -> store.update(now.withBio("other"), "Omar")).isInstanceOf(SubmissionStore.StaleSubmissionException.class);
        assertThat(store.get(id).orElseThrow().bio()).isEqualTo("Ana writes.");
    }

    @BackendTest
    void theListFiltersSortsByAnswerDueWithNullsLastAndDueListsOverdueAndExclusiveOffers() {
        long late = submit("<l1@x.org>", "Late", "a");
        long soon = submit("<l2@x.org>", "Soon", "b");
        long none = submit("<l3@x.org>", "None", "c");
        long excl = submit("<l4@x.org>", "Exclusive", "d");
        long auto = store.save(message("<l5@x.org>", "Out of office", "Bot", "bot@x.org", T, "away", MessageKind.AUTO_REPLY, null)).submissionId();
        Instant now = T.plusSeconds(3600);
        store.update(store.get(late).orElseThrow().withAnswerDue(now.plus(Duration.ofDays(5))), "Mei");
        store.update(store.get(soon).orElseThrow().withAnswerDue(now.minus(Duration.ofHours(1))).withLanguage("ar"), "Mei");
        store.update(store.get(excl).orElseThrow().withExclusive(true, now.plus(Duration.ofHours(20))), "Mei");
        store.addTag(late, "water", "Mei");
        assertThat(store.list(InboxQuery.ALL)).extracting(SubmissionRow::id).startsWith(soon, late).hasSize(5);
        assertThat(store.list(InboxQuery.SUBMISSIONS)).extracting(SubmissionRow::id).doesNotContain(auto);
        assertThat(store.list(InboxQuery.ALL.withKinds(Set.of(MessageKind.AUTO_REPLY)))).extracting(SubmissionRow::id).containsExactly(auto);
        assertThat(store.list(InboxQuery.ALL.withSort(InboxQuery.Sort.RECEIVED_NEWEST)).get(0).id()).isEqualTo(auto);
        assertThat(store.list(InboxQuery.ALL.withTag("water"))).extracting(SubmissionRow::id).containsExactly(late);
        assertThat(store.list(InboxQuery.ALL.withLanguage("ar"))).extracting(SubmissionRow::id).containsExactly(soon);
        assertThat(store.list(InboxQuery.ALL.withExclusiveOnly(true))).extracting(SubmissionRow::id).containsExactly(excl);
        assertThat(store.list(InboxQuery.ALL.withDueWithinHours(24))).extracting(SubmissionRow::id).containsExactlyInAnyOrder(soon, excl);
        assertThat(store.list(InboxQuery.ALL.withPage(2, 1))).hasSize(2);
        assertThat(store.count(InboxQuery.ALL.withStatuses(Set.of(SubmissionStatus.NEW)))).isEqualTo(5);
        assertThat(store.due(now, Duration.ofHours(24))).extracting(SubmissionRow::id).containsExactly(soon, excl);
        store.setStatus(soon, SubmissionStatus.DECLINED, "Mei");
        assertThat(store.due(now, Duration.ofHours(24))).extracting(SubmissionRow::id).containsExactly(excl);
        assertThat(store.list(InboxQuery.ALL.withText("nowhere"))).isEmpty();
        assertThat(store.list(InboxQuery.ALL.withText("Exclusive"))).extracting(SubmissionRow::id).containsExactly(excl);
        assertThat(none).isPositive();
    }

    @BackendTest
    void reclassifyingJoiningAndSplittingMoveMessagesWithoutLosingAny() {
        long id = submit("<r1@x.org>", "Rivers", "first text");
        long item = store.save(message("<r2@x.org>", "Rivers (new version)", "Ana Lima", "ana@example.org", T.plusSeconds(10),
                "better text about deltas", MessageKind.OTHER, null)).submissionId();
        store.reclassify(item, MessageKind.SUBMISSION, "Mei");
        assertThat(store.get(item).orElseThrow().kind()).isEqualTo(MessageKind.SUBMISSION);
        store.joinTo(item, id, MessageKind.REVISION, "Mei");
        assertThat(store.get(item)).isEmpty();
        assertThat(store.versions(id)).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(store.history(id)).extracting(h -> h.kind()).containsExactly(MessageKind.SUBMISSION, MessageKind.REVISION);
        assertThat(store.search("deltas", 10)).extracting(h -> h.row().id()).containsExactly(id);
        long mail = store.history(id).get(1).id();
        long split = store.splitOff(mail, "Mei");
        assertThat(store.versions(id)).extracting(v -> v.number()).containsExactly(1);
        assertThat(store.currentVersion(split).orElseThrow().plainText()).contains("deltas");
        assertThat(store.rawMessage(mail)).isPresent();
        assertThat(store.history(split)).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo(MessageKind.SUBMISSION));
        assertThat(store.search("deltas", 10)).extracting(h -> h.row().id()).containsExactly(split);
        store.markDuplicate(split, id, "Mei");
        assertThat(store.get(split).orElseThrow().duplicateOf()).isEqualTo(id);
        assertThat(store.list(InboxQuery.ALL)).filteredOn(r -> r.id() == split).singleElement()
                .satisfies(r -> assertThat(r.duplicateOf()).isEqualTo(id));
        assertThatThrownBy(() -> store.reclassify(split, MessageKind.FOLLOW_UP, "Mei")).hasMessageContaining("join");
    }

    @BackendTest
    void chineseTextIsCountedInCharacters() {
        long id = submit("<c1@x.org>", "气候变化", "气候变化是我们这个时代的问题。");
        Submission s = store.get(id).orElseThrow();
        assertThat(s.lengthUnit()).isEqualTo(LengthUnit.CHARACTERS);
        assertThat(s.length()).isEqualTo(14);
    }

    @BackendTest
    void mailboxStateAndSavedFiltersRoundTrip() {
        assertThat(store.mailboxState("imap://a@h/INBOX")).isEmpty();
        store.putMailboxState(new MailboxState("imap://a@h/INBOX", 7, 100));
        store.putMailboxState(new MailboxState("imap://a@h/INBOX", 7, 142));
        assertThat(store.mailboxState("imap://a@h/INBOX")).contains(new MailboxState("imap://a@h/INBOX", 7, 142));
        Person mei = store.addPerson("Mei Lin", "");
        InboxQuery q = InboxQuery.SUBMISSIONS.withStatuses(Set.of(SubmissionStatus.SHORTLISTED, SubmissionStatus.NEW)).withAssigneeId(mei.id())
                .withTag("water").withLanguage("ar").withDueWithinHours(24).withExclusiveOnly(true).withText("نهر")
                .withSort(InboxQuery.Sort.RECEIVED_NEWEST);
        SavedFilter f = store.saveFilter(new SavedFilter(0, "Mine", q));
        assertThat(store.savedFilters()).containsExactly(f);
        assertThat(store.savedFilters().get(0).query()).isEqualTo(q);
        assertThatThrownBy(() -> store.saveFilter(new SavedFilter(0, "mine", InboxQuery.ALL))).hasMessageContaining("already");
        store.saveFilter(new SavedFilter(f.id(), "Mine, renamed", InboxQuery.ALL));
        assertThat(store.savedFilters()).extracting(SavedFilter::name).containsExactly("Mine, renamed");
        assertThat(store.deleteFilter(f.id())).isTrue();
        assertThat(store.savedFilters()).isEmpty();
    }

    private String sessionUser() {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT session_user")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
