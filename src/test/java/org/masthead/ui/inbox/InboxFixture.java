package org.masthead.ui.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.IncomingMessage;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.store.SubmissionStore;
import org.masthead.store.SyntheticInbox;

/** A handful of submissions with known titles and answer dues, stored for a test. */
final class InboxFixture {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    private InboxFixture() {
    }

    /** Five submissions; #1 due in 2 h, #2 overdue, #3 due in 3 days, #4 and #5 without a due (newest first). */
    static List<Long> fill(SubmissionStore store) {
        List<IncomingMessage> l = new ArrayList<>();
        String[] titles = {"Rivers in the city", "Why water is late", "The aquifer question", "Trains at night", "A levee too far"};
        Duration[] due = {Duration.ofHours(2), Duration.ofHours(-5), Duration.ofDays(3), null, null};
        for (int i = 0; i < titles.length; i++) {
            Instant at = NOW.minus(Duration.ofHours(10 - i));
            IncomingMessage m = SyntheticInbox.message("<fx-" + i + "@example.org>", titles[i], "Author " + i, "a" + i + "@example.org", at,
                    "A paragraph about " + titles[i].toLowerCase() + " and the estuary.\nA second paragraph.", MessageKind.SUBMISSION, null);
            if (due[i] != null) {
                Submission d = m.draft().withAnswerDue(NOW.plus(due[i]));
                m = new IncomingMessage(m.raw(), m.sha256(), m.messageId(), null, List.of(), m.subject(), m.fromName(), m.fromEmail(), at,
                        m.source(), MessageKind.SUBMISSION, null, d, m.body(), m.plainText(), List.of(), List.of(), List.of(), new long[0]);
            }
            l.add(m);
        }
        l.add(SyntheticInbox.message("<auto@example.org>", "Out of office", "Robot", "robot@example.org", NOW.minus(Duration.ofHours(1)),
                "I am away.", MessageKind.AUTO_REPLY, null));
        return store.saveAll(l).stream().map(SubmissionStore.SaveResult::submissionId).toList();
    }
}
