package org.masthead.ingest.inbox;

import java.util.List;
import java.util.Map;
import org.masthead.model.IncomingMessage;
import org.masthead.triage.MinHash;

/**
 * One message read and judged off the writing thread, ready to be classified against what the
 * inbox already holds: the message as the store takes it (its kind still to be settled), the
 * ids it answers, whether a machine sent it, whether it carries a piece of substance, its text's
 * signature and the pictures its documents hold. Or, when it could not be read, the reason.
 */
record PreparedMail(String source, byte[] raw, IncomingMessage message, List<String> threadIds, boolean automatic,
                    boolean substantial, MinHash.Signature signature, Map<String, byte[]> images, String failure) {

    static PreparedMail failed(String source, byte[] raw, String reason) {
        return new PreparedMail(source, raw, null, List.of(), false, false, null, Map.of(), reason);
    }

    boolean ok() {
        return failure == null;
    }
}
