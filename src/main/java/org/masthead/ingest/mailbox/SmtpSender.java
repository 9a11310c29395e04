package org.masthead.ingest.mailbox;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.masthead.model.MailboxSettings;

/**
 * Sends a letter that is already built, byte for byte. The reply builder decides every header
 * (Message-ID, In-Reply-To, References, the encoded subject); re-encoding here would break the
 * threading the author's mail client relies on. So the message is parsed only to be handed to
 * the transport, never "saved": {@code Transport.send} would call {@code saveChanges}, which
 * gives the letter a new Message-ID and re-encodes its parts. The recipients are given
 * explicitly, not read from the headers (Bcc stays out of the letter).
 */
public final class SmtpSender {

    private final Clock clock;

    public SmtpSender(Clock clock) {
        this.clock = clock;
    }

    public SmtpSender() {
        this(Clock.systemUTC());
    }

    /**
     * @param rawMessage a complete RFC 5322 message with a Message-ID
     * @param recipients the envelope recipients (RFC 5321 RCPT TO), at least one
     * @return when the server accepted it, and its Message-ID
     */
    public SentReceipt send(MailboxSettings settings, char[] password, byte[] rawMessage, List<String> recipients) throws MailboxException {
        Address[] to = parseRecipients(recipients);
        Session session = MailServers.smtpSession(settings);
        MimeMessage message;
        String messageId;
        try {
            message = new AsBuilt(session, rawMessage);
            messageId = message.getMessageID();
        } catch (MessagingException e) {
            throw new MailboxException("The letter could not be read as an email message: " + e.getMessage(), e);
        }
        if (messageId == null || messageId.isBlank()) {
            throw new MailboxException("The letter has no Message-ID, so the author's answer could not be matched to it; build it with one.");
        }
        try (Transport transport = MailServers.connectSmtp(settings, session, password)) {
            transport.sendMessage(message, to);
            return new SentReceipt(clock.instant(), messageId.strip());
        } catch (MessagingException e) {
            throw MailErrors.smtp(e, settings);
        }
    }

    private static Address[] parseRecipients(List<String> recipients) throws MailboxException {
        if (recipients == null || recipients.isEmpty()) throw new MailboxException("The letter has no recipient.");
        Address[] out = new Address[recipients.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = new InternetAddress(recipients.get(i), true);
            } catch (AddressException e) {
                throw new MailboxException("\"" + recipients.get(i) + "\" is not an email address.", e);
            }
        }
        return out;
    }

    /**
     * The parsed letter, marked as saved by the parsing constructor, so writing it sends the
     * original header lines and body bytes. Should anything still call {@code saveChanges}, the
     * builder's Message-ID is kept.
     */
    private static final class AsBuilt extends MimeMessage {
        AsBuilt(Session session, byte[] raw) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
        }

        @Override
        protected void updateMessageID() {
            // The reply builder's Message-ID is the one the author's answer will quote.
        }
    }
}
