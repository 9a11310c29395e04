package org.masthead.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.masthead.model.IncomingMessage;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

/**
 * Messages for tests and benchmarks: {@link #message} builds one by hand; {@link #fill} stores N
 * synthetic submissions (English with common and rare words, every 20th Chinese, every 25th
 * Arabic, answer dues on a third) in batches of one transaction each, received in order.
 */
public final class SyntheticInbox {

    private static final String[] COMMON = {"the", "city", "water", "policy", "climate", "government", "people", "public", "future",
            "energy", "health", "market", "reform", "election", "security", "trade", "school", "river", "housing", "transport"};
    private static final String[] RARE = {"aquifer", "sluice", "estuary", "monsoon", "levee", "culvert", "delta", "tributary", "reservoir", "floodplain"};
    private static final String[] CHINESE = {"气候变化", "城市", "水资源", "政策", "经济", "教育", "公共卫生", "交通"};
    private static final String[] ARABIC = {"المياه", "السياسة", "المدينة", "الاقتصاد", "التعليم", "الصحة"};

    private SyntheticInbox() {
    }

    /** A message built by hand: body text as one paragraph per line. */
    public static IncomingMessage message(String messageId, String subject, String fromName, String fromEmail, Instant at, String body,
                                          MessageKind kind, Long target) {
        Document doc = new Document(body.lines().map(l -> (Block) Block.Paragraph.of(l)).toList());
        byte[] raw = ("Message-ID: " + messageId + "\r\nSubject: " + subject + "\r\nFrom: " + fromName + " <" + fromEmail + ">\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        Submission draft = kind == MessageKind.SUBMISSION ? Submission.draft(subject, fromName, fromEmail, at) : null;
        return new IncomingMessage(raw, null, messageId, null, List.of(), subject, fromName, fromEmail, at, "test.eml", kind, target, draft,
                doc, null, List.of(), List.of(), List.of(), new long[0]);
    }

    public static IncomingMessage synthetic(int i, SplittableRandom r, Instant start) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            for (int w = 0; w < 60; w++) {
                body.append(r.nextInt(10) == 0 ? RARE[r.nextInt(RARE.length)] : COMMON[r.nextInt(COMMON.length)]).append(' ');
            }
            if (i % 20 == 0) body.append(CHINESE[r.nextInt(CHINESE.length)]).append(CHINESE[r.nextInt(CHINESE.length)]);
            if (i % 25 == 0) body.append(' ').append(ARABIC[r.nextInt(ARABIC.length)]).append(' ').append(ARABIC[r.nextInt(ARABIC.length)]);
            body.append('\n');
        }
        Instant at = start.plus(Duration.ofMinutes(7L * i));
        String title = "On the " + COMMON[r.nextInt(COMMON.length)] + " and the " + RARE[r.nextInt(RARE.length)] + " #" + i;
        IncomingMessage m = message("<synthetic-" + i + "@example.org>", title, "Author " + (i % 997), "author" + (i % 997) + "@example.org",
                at, body.toString().strip(), MessageKind.SUBMISSION, null);
        if (i % 3 == 0) {
            Submission d = m.draft().withAnswerDue(at.plus(Duration.ofHours(48)));
            m = new IncomingMessage(m.raw(), m.sha256(), m.messageId(), null, List.of(), m.subject(), m.fromName(), m.fromEmail(), at,
                    "synthetic.mbox#" + i, MessageKind.SUBMISSION, null, d, m.body(), m.plainText(), List.of(), List.of(), List.of(), new long[0]);
        }
        return m;
    }

    /** Stores {@code n} synthetic submissions, 5,000 to a transaction. */
    public static void fill(SubmissionStore store, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<IncomingMessage> batch = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            batch.add(synthetic(i, r, start));
            if (batch.size() == 5000 || i == n) {
                store.saveAll(batch);
                batch.clear();
            }
        }
    }
}
