package org.masthead.model;

/**
 * What was already fetched from one IMAP folder: messages up to {@code lastUid} under this
 * {@code uidValidity}. A different UIDVALIDITY means the server renumbered the folder.
 *
 * @param folderKey the account and folder, e.g. {@code imap://user@host:993/INBOX}
 */
public record MailboxState(String folderKey, long uidValidity, long lastUid) {
}
