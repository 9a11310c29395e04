package org.masthead.ingest.mailbox;

/**
 * How far the folder has been fetched: every message with a UID up to {@code lastUid} under
 * this {@code uidValidity} has been handed over. A server that changes UIDVALIDITY has
 * renumbered the folder, so the state no longer means anything and fetching starts over.
 */
public record MailboxState(long uidValidity, long lastUid) {

    /** Nothing fetched yet. */
    public static final MailboxState NONE = new MailboxState(-1, 0);

    /** What the state says has been fetched from a folder whose UIDVALIDITY is {@code validity}. */
    long lastUidUnder(long validity) {
        return validity == uidValidity ? lastUid : 0;
    }
}
