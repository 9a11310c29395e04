package org.masthead.ingest.mail;

/**
 * Whether a message was written by a machine in answer to another one. Such messages never
 * enter triage; the classifier lists them apart ({@code MessageKind.AUTO_REPLY}).
 */
public enum AutoReply {
    /** Written by a person, as far as the headers and subject tell. */
    NONE,
    /** An out-of-office or other automatic answer ({@code Auto-Submitted}, {@code X-Autoreply}, "Automatic reply: ..."). */
    AUTO_REPLY,
    /** A delivery failure report (multipart/report delivery-status, MAILER-DAEMON or postmaster as sender). */
    BOUNCE
}
