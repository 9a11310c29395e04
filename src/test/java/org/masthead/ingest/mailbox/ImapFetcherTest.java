package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;

/** Fetching from a real IMAP server (GreenMail, in this JVM, on free ports). */
class ImapFetcherTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final ImapFetcher fetcher = new ImapFetcher();
    private GreenMailUser user;
    private MailboxSettings settings;

    private record Fetched(long uid, byte[] raw) {
    }

    @BeforeEach
    void mailbox() {
        user = greenMail.setUser(TestMailboxes.ADDRESS, TestMailboxes.LOGIN, TestMailboxes.PASSWORD);
        settings = TestMailboxes.settings(greenMail.getImap(), greenMail.getSmtp(), Security.NONE);
    }

    private void deliver(byte[] raw) throws Exception {
        user.deliver(Letters.parse(raw));
    }

    private MailboxState fetchInto(List<Fetched> into, MailboxState since) throws MailboxException {
        return fetcher.fetch(settings, TestMailboxes.password(), since, (uid, raw) -> into.add(new Fetched(uid, raw)),
                ImapFetcher.Progress.NONE, () -> false);
    }

    @Test
    void fetchesEachMessageOnceByteForByteInUidOrder() throws Exception {
        byte[] first = Letters.plain("<one@example.net>", "A plain pitch", "Short pitch about the budget.");
        byte[] second = Letters.plain("<two@example.net>", "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                "Über die Zukunft — 未来".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "?=", "Deutsch und 中文 im Text.");
        byte[] third = Letters.withAttachment("<three@example.net>", 2 * 1024 * 1024);
        deliver(first);
        deliver(second);
        deliver(third);

        List<Fetched> got = new ArrayList<>();
        MailboxState state = fetchInto(got, MailboxState.NONE);

        assertThat(got).hasSize(3);
        assertThat(got).extracting(Fetched::uid).isSorted().doesNotHaveDuplicates();
        MimeMessage[] kept = greenMail.getReceivedMessages();
        for (int i = 0; i < 3; i++) {
            assertThat(got.get(i).raw()).as("message %d as GreenMail keeps it", i).isEqualTo(TestMailboxes.stored(kept[i]));
            assertThat(Letters.parse(got.get(i).raw()).getMessageID()).isEqualTo(kept[i].getMessageID());
        }
        assertThat(got.get(0).raw()).isEqualTo(first);
        assertThat(MimeUtility.decodeText(Letters.parse(got.get(1).raw()).getSubject())).isEqualTo("Über die Zukunft — 未来");
        assertThat(got.get(2).raw().length).isGreaterThan(2 * 1024 * 1024);
        assertThat(state.lastUid()).isEqualTo(got.get(2).uid());

        List<Fetched> again = new ArrayList<>();
        MailboxState same = fetchInto(again, state);
        assertThat(again).as("a second fetch finds nothing new").isEmpty();
        assertThat(same).isEqualTo(state);

        byte[] fourth = Letters.plain("<four@example.net>", "A late follow-up", "One more thing.");
        deliver(fourth);
        List<Fetched> late = new ArrayList<>();
        MailboxState after = fetchInto(late, same);
        assertThat(late).hasSize(1);
        assertThat(Letters.parse(late.get(0).raw()).getMessageID()).isEqualTo("<four@example.net>");
        assertThat(after.lastUid()).isGreaterThan(state.lastUid());
        assertThat(fetchInto(new ArrayList<>(), after)).isEqualTo(after);
    }

    @Test
    void fetchingLeavesMessagesUnseenOnTheServer() throws Exception {
        deliver(Letters.plain("<unseen@example.net>", "Still new", "Body."));
        fetchInto(new ArrayList<>(), MailboxState.NONE);

        try (Store store = greenMail.getImap().createStore()) {
            store.connect(TestMailboxes.LOGIN, TestMailboxes.PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message m = inbox.getMessage(1);
            assertThat(m.isSet(Flags.Flag.SEEN)).isFalse();
            inbox.close(false);
        }
    }

    @Test
    void aFiveMegabyteAttachmentArrivesWhole() throws Exception {
        byte[] big = Letters.withAttachment("<big@example.net>", 5 * 1024 * 1024);
        deliver(big);
        List<Fetched> got = new ArrayList<>();
        fetchInto(got, MailboxState.NONE);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).raw()).isEqualTo(TestMailboxes.stored(greenMail.getReceivedMessages()[0]));
        assertThat(got.get(0).raw()).isEqualTo(big);
    }

    @Test
    void aChangedUidValidityStartsOver() throws Exception {
        deliver(Letters.plain("<a@example.net>", "A", "a"));
        deliver(Letters.plain("<b@example.net>", "B", "b"));
        MailboxState done = fetchInto(new ArrayList<>(), MailboxState.NONE);

        List<Fetched> got = new ArrayList<>();
        MailboxState renumbered = fetchInto(got, new MailboxState(done.uidValidity() + 1, done.lastUid()));
        assertThat(got).hasSize(2);
        assertThat(renumbered).isEqualTo(done);
    }

    @Test
    void cancellingStopsAfterTheCurrentMessageAndTheNextFetchResumes() throws Exception {
        for (int i = 1; i <= 3; i++) deliver(Letters.plain("<c" + i + "@example.net>", "Piece " + i, "Text " + i));
        List<Fetched> got = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        MailboxState partial = fetcher.fetch(settings, TestMailboxes.password(), MailboxState.NONE,
                (uid, raw) -> got.add(new Fetched(uid, raw)),
                (done, total, soFar) -> progress.add(done + "/" + total), () -> got.size() >= 1);
        assertThat(got).hasSize(1);
        assertThat(progress).containsExactly("0/3", "1/3");
        assertThat(partial.lastUid()).isEqualTo(got.get(0).uid());

        List<Fetched> rest = new ArrayList<>();
        fetchInto(rest, partial);
        assertThat(rest).extracting(f -> uncheckedId(f.raw())).containsExactly("<c2@example.net>", "<c3@example.net>");
    }

    @Test
    void aSinkThatFailsStopsTheFetchWithAClearMessage() throws Exception {
        deliver(Letters.plain("<d1@example.net>", "D1", "d"));
        deliver(Letters.plain("<d2@example.net>", "D2", "d"));
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> fetcher.fetch(settings, TestMailboxes.password(), MailboxState.NONE, (uid, raw) -> {
            calls.incrementAndGet();
            throw new java.io.IOException("disk full");
        }, ImapFetcher.Progress.NONE, () -> false))
                .isInstanceOf(MailboxException.class)
                .hasMessageContaining("could not be kept: disk full");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aWrongPasswordIsExplained() {
        assertThatThrownBy(() -> fetcher.fetch(settings, "wrong".toCharArray(), MailboxState.NONE, (uid, raw) -> { },
                ImapFetcher.Progress.NONE, () -> false))
                .isInstanceOf(MailboxException.class)
                .hasMessageContaining("refused the sign-in for \"opinion\"")
                .hasMessageContaining("Check the user name and password");
    }

    @Test
    void aMissingFolderIsExplained() {
        assertThatThrownBy(() -> fetcher.fetch(settings.withFolder("Submissions"), TestMailboxes.password(), MailboxState.NONE,
                (uid, raw) -> { }, ImapFetcher.Progress.NONE, () -> false))
                .isInstanceOf(MailboxException.class)
                .hasMessageContaining("There is no folder \"Submissions\"");
    }

    private static String uncheckedId(byte[] raw) {
        try {
            return Letters.parse(raw).getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
