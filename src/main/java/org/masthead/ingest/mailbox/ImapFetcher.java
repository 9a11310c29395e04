package org.masthead.ingest.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.masthead.model.MailboxSettings;

/**
 * Fetches the messages that arrived since the last fetch from the section's IMAP folder, as
 * raw RFC 822 bytes, in UID order. The folder is opened read-only and bodies are read with
 * PEEK, so nothing on the server changes (no \Seen flag): colleagues reading the same mailbox
 * in a mail client see what they saw before. What has been fetched is a {@link MailboxState}
 * the caller keeps ({@link MailboxStateStore}); the importer's Message-ID + content-hash dedupe
 * covers a server that renumbers its folder.
 */
public final class ImapFetcher {

    /** Receives one message; the importer behind it decides what the bytes are. */
    @FunctionalInterface
    public interface RawMessageSink {
        void accept(long uid, byte[] raw) throws IOException;
    }

    /**
     * Told after each message: how many of how many are done, and the state that would resume
     * after it (so a caller can save it now and then, and lose little if the app stops).
     */
    @FunctionalInterface
    public interface Progress {
        void fetched(int done, int total, MailboxState soFar);

        Progress NONE = (done, total, soFar) -> { };
    }

    /**
     * Hands every message with a UID above the state's to {@code sink}, oldest first.
     *
     * @param since     what was fetched before ({@link MailboxState#NONE} the first time)
     * @param cancelled checked before each message; when true, stops and returns the state so far
     * @return the state to pass next time; unchanged UIDs when nothing was new
     * @throws MailboxException when the server cannot be reached, refuses us or drops the connection,
     *                          or the sink fails (then nothing after the failed message was handed over)
     */
    public MailboxState fetch(MailboxSettings settings, char[] password, MailboxState since, RawMessageSink sink,
            Progress progress, BooleanSupplier cancelled) throws MailboxException {
        try (Store store = MailServers.connectImap(settings, password)) {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return fetchOpen(folder, since, sink, progress, cancelled);
            } finally {
                if (folder.isOpen()) folder.close(false);
            }
        } catch (MessagingException e) {
            throw MailErrors.imap(e, settings);
        }
    }

    private MailboxState fetchOpen(Folder folder, MailboxState since, RawMessageSink sink, Progress progress, BooleanSupplier cancelled)
            throws MessagingException, MailboxException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        long after = since.lastUidUnder(validity);
        List<Numbered> fresh = newMessages(uids, folder, after);
        MailboxState state = new MailboxState(validity, after);
        progress.fetched(0, fresh.size(), state);
        int done = 0;
        for (Numbered n : fresh) {
            if (cancelled.getAsBoolean()) break;
            byte[] raw;
            try {
                raw = rawBytes(n.message());
            } catch (MessageRemovedException gone) {
                // Deleted by someone else while we fetched: nothing to hand over, and it will not come back.
                state = new MailboxState(validity, n.uid());
                progress.fetched(++done, fresh.size(), state);
                continue;
            }
            try {
                sink.accept(n.uid(), raw);
            } catch (IOException | RuntimeException e) {
                throw new MailboxException("Message " + n.uid() + " was fetched but could not be kept: " + e.getMessage(), e);
            }
            state = new MailboxState(validity, n.uid());
            progress.fetched(++done, fresh.size(), state);
        }
        return state;
    }

    private record Numbered(long uid, Message message) {
    }

    /**
     * Messages with UIDs above {@code after}. "UID n:*" always answers with at least the newest
     * message, even when its UID is below n (RFC 3501 6.4.8), so the range is filtered again here.
     */
    private static List<Numbered> newMessages(UIDFolder uids, Folder folder, long after) throws MessagingException {
        Message[] found = uids.getMessagesByUID(after + 1, UIDFolder.MAXUID);
        FetchProfile fp = new FetchProfile();
        fp.add(UIDFolder.FetchProfileItem.UID);
        fp.add(FetchProfile.Item.SIZE); // one round trip for all sizes, not one per message
        folder.fetch(found, fp);
        List<Numbered> out = new ArrayList<>();
        for (Message m : found) {
            if (m == null) continue;
            long uid = uids.getUID(m);
            if (uid > after) out.add(new Numbered(uid, m));
        }
        out.sort(Comparator.comparingLong(Numbered::uid));
        return out;
    }

    /** The message exactly as the server keeps it (BODY.PEEK[]), not a re-encoding of it. */
    private static byte[] rawBytes(Message m) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, m.getSize()));
        try {
            m.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("reading message failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
