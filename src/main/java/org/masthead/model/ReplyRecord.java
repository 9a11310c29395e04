package org.masthead.model;

import java.time.Instant;

/**
 * An answer to an author as it actually went out (or was written as a ready-to-send .eml, or
 * deliberately not sent): the log of replies.
 *
 * @param sentAt    when it was sent or written; the moment of "decline without reply" for {@link Channel#NONE}
 * @param messageId the Message-ID it went out with, so the author's answer to it is matched
 */
public record ReplyRecord(long id, long submissionId, Kind kind, String to, String subject, String body, Channel channel,
                          Instant sentAt, String messageId, String actor) {

    public ReplyRecord {
        if (kind == null) kind = Kind.NONE;
        if (channel == null) channel = Channel.NONE;
        to = to == null ? "" : to;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        actor = actor == null ? "" : actor;
    }

    /** Which letter. */
    public enum Kind {
        ACCEPT, DECLINE, REVISE, NONE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind ofKey(String k) {
            return valueOf(k.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** How it went out. */
    public enum Channel {
        SMTP, EML, NONE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Channel ofKey(String k) {
            return valueOf(k.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
