package org.masthead.ingest.mailbox;

import java.time.Instant;

/** A letter the SMTP server accepted: when, and under which Message-ID (to match the answer later). */
public record SentReceipt(Instant sentAt, String messageId) {
}
