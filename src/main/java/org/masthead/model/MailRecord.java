package org.masthead.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored message in a submission's history (the one that brought it, follow-ups, revised
 * versions). The raw bytes are not held here: they are read on demand by id.
 *
 * @param rawSize the size of the raw message in bytes
 */
public record MailRecord(long id, long submissionId, MessageKind kind, String subject, String fromName, String fromEmail,
                         Instant receivedAt, String messageId, String source, long rawSize, List<String> links,
                         List<String> warnings) {
    public MailRecord {
        links = links == null ? List.of() : List.copyOf(links);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
