package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.InboxQuery;
import org.masthead.model.SearchHit;
import org.masthead.model.SearchOrder;
import org.masthead.store.Database;
import org.masthead.store.SubmissionSearchBench;
import org.masthead.store.SubmissionStore;

/** The inbox benchmark's filler on a real database: what it stores, in which languages, and that search finds its words. */
class InboxBenchCorpusTest {

    @TempDir
    Path dir;

    @Test
    void fillsTheInboxInBatchesWithSearchableTextInSeveralLanguages() {
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            SubmissionStore store = new SubmissionStore(db);
            List<Integer> progress = new ArrayList<>();
            int made = new InboxBenchCorpus(5).fill(store, 400, 150, progress::add);

            assertThat(made).isEqualTo(400);
            assertThat(progress).containsExactly(150, 300, 400);
            assertThat(store.count(InboxQuery.SUBMISSIONS)).isEqualTo(400);
            for (String lang : List.of("en", "fr", "de", "es", "zh", "ar")) {
                assertThat(store.count(InboxQuery.SUBMISSIONS.withLanguage(lang))).as(lang).isPositive();
            }
            assertThat(store.count(InboxQuery.SUBMISSIONS.withLanguage("en"))).isEqualTo(300);

            // A word in most texts matches most submissions; newest first means the highest ids first.
            List<SearchHit> common = store.search("the", SearchOrder.NEWEST, 50);
            assertThat(store.count(InboxQuery.ALL.withText("the"))).isGreaterThan(200);
            assertThat(common).hasSize(50);
            assertThat(common.get(0).row().id()).isGreaterThan(common.get(49).row().id());
            assertThat(common.get(0).snippet()).contains(SearchHit.OPEN);
            // Chinese text is found through the trigram index.
            assertThat(store.search("城市", SearchOrder.NEWEST, 50)).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.row().language()).isEqualTo("zh"));
            // The bare SQL finds what the store finds.
            assertThat(SubmissionSearchBench.rawSearch(db, "the", false, 50)).isEqualTo(50);
            assertThat(SubmissionSearchBench.rawSearch(db, "城市", false, 1000)).isEqualTo(store.search("城市", SearchOrder.NEWEST, 1000).size());
        }
    }

    @Test
    void theQueryMixHasCommonRareAndNonLatinWords() {
        InboxBenchCorpus corpus = new InboxBenchCorpus(5);
        Map<String, Double> df = corpus.documentFrequency(2000);
        List<String> queries = InboxSearchBench.queries(corpus);

        assertThat(queries).hasSize(20).doesNotHaveDuplicates();
        assertThat(queries.subList(0, 7)).allSatisfy(q -> assertThat(df.get(q)).as(q).isGreaterThan(0.5));
        assertThat(queries.subList(7, 11)).allSatisfy(q -> assertThat(df.getOrDefault(q, 0.0)).as(q).isLessThan(0.1));
        assertThat(queries).contains("气候变化", "public housing").anyMatch(q -> q.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.ARABIC));
    }
}
