package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.store.SyntheticInbox.message;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.IncomingMessage;
import org.masthead.model.MessageKind;

/**
 * Newest-first search gives exactly the newest matches, however rare or common the term: on
 * PostgreSQL that answer is put together from a walk from the newest row, id windows over the
 * words index and the trigram index for older rows (PostgresNewestFirst), and each of those paths
 * is taken here by some term (a probe of 300 rows, 1,200 submissions, half of them in Chinese).
 */
class NewestFirstSearchTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    static final int COUNT = 1_200;

    @TempDir
    Path dir;
    Database db;
    SubmissionStore store;
    /** For each term searched, the submissions holding it, oldest first. */
    final Map<String, List<Long>> holding = new LinkedHashMap<>();

    @BeforeEach
    void fill(Backend backend) throws Exception {
        db = backend.open(dir.resolve("newest.db"));
        store = new SubmissionStore(db);
        for (String t : List.of("common", "uncommon", "scarce", "rare", "气候变化", "地下水", "稀有词", "城市")) holding.put(t, new ArrayList<>());
        Random random = new Random(11);
        List<IncomingMessage> batch = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            List<String> mine = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            if (i % 2 == 0) {
                body.append("这是一篇关于公共政策的评论文章。");
                if (random.nextInt(10) < 7) mine.add("气候变化");
                if (i % 40 == 0) mine.add("地下水");
                if (i == 2 || i == 500) mine.add("稀有词");
                if (random.nextInt(3) == 0) mine.add("城市");
            } else {
                body.append("An opinion piece about public policy and the way we live. ");
                if (random.nextInt(10) < 6) mine.add("common");
                if (i % 25 == 1) mine.add("uncommon");
                if (i % 150 == 3) mine.add("scarce");
                if (i == 101 || i == 1001 || i == 1199) mine.add("rare");
            }
            for (String t : mine) body.append(i % 2 == 0 ? t + "的问题。" : "The " + t + " point. ");
            batch.add(message("<n" + i + "@x>", (i % 2 == 0 ? "评论 " : "Piece ") + i, "Writer " + i, "w" + i + "@example.org",
                    T.plusSeconds(60L * i), body.toString(), MessageKind.SUBMISSION, null));
            terms.add(mine);
            if (batch.size() == 200) save(batch, terms);
        }
        if (db.dialect() instanceof PostgresDialect) {
            // row counts for the planner and for PostgresNewestFirst's estimate, as autovacuum would make them
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE submission_search");
                    st.execute("ANALYZE submission_substrings");
                }
                return null;
            });
        }
    }

    private void save(List<IncomingMessage> batch, List<List<String>> terms) {
        List<SubmissionStore.SaveResult> saved = store.saveAll(batch);
        for (int k = 0; k < saved.size(); k++) {
            for (String t : terms.get(k)) holding.get(t).add(saved.get(k).submissionId());
        }
        batch.clear();
        terms.clear();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @BackendTest
    void everyTermGivesItsNewestMatchesInOrder() {
        assertThat(holding.get("rare")).hasSize(3);
        assertThat(holding.get("地下水")).hasSize(30);
        for (Map.Entry<String, List<Long>> e : holding.entrySet()) {
            List<Long> newestFirst = new ArrayList<>(e.getValue());
            newestFirst.sort(Comparator.reverseOrder());
            for (int limit : List.of(1, 7, 100, 1_000)) {
                List<Long> found = store.search(e.getKey(), limit).stream().map(h -> h.row().id()).toList();
                assertThat(found).as("%s, first %d", e.getKey(), limit).containsExactlyElementsOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
            }
        }
    }

    @BackendTest
    void termsTogetherAndTermsNowhere() {
        List<Long> both = new ArrayList<>(holding.get("气候变化"));
        both.retainAll(holding.get("城市"));
        both.sort(Comparator.reverseOrder());
        assertThat(store.search("气候变化 城市", 50).stream().map(h -> h.row().id()).toList()).containsExactlyElementsOf(both.subList(0, 50));
        assertThat(store.search("nowhere", 100)).isEmpty();
        assertThat(store.search("无处可寻", 100)).isEmpty();
    }
}
