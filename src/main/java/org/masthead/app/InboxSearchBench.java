package org.masthead.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.masthead.model.InboxQuery;
import org.masthead.model.SearchOrder;
import org.masthead.store.Database;
import org.masthead.store.SubmissionSearchBench;
import org.masthead.store.SubmissionStore;

/**
 * Part (b) of the inbox benchmark: a mix of 20 queries, a third of them words most submissions
 * contain, timed through {@link SubmissionStore#search} (the path of the inbox screen and the
 * CLI) and as the bare SQL it issues, query by query in turn so both see the same noise.
 */
final class InboxSearchBench {

    /** The figures of one order: store and raw timings in nanoseconds, one per query and round. */
    record Timings(List<Long> store, List<Long> raw) {
        double storeP95() {
            return percentile(store, 0.95);
        }

        double rawP95() {
            return percentile(raw, 0.95);
        }

        double storeMedian() {
            return percentile(store, 0.5);
        }

        double rawMedian() {
            return percentile(raw, 0.5);
        }
    }

    private final Database db;
    private final SubmissionStore store;

    InboxSearchBench(Database db, SubmissionStore store) {
        this.db = db;
        this.store = store;
    }

    /**
     * The 20 queries: 7 words found in more than half of the corpus's texts, 4 rare English words,
     * 2 English words found in a tenth to a fifth, one rare French, German and Spanish word each,
     * 2 Chinese and 1 Arabic, and two words together.
     */
    static List<String> queries(InboxBenchCorpus corpus) {
        Map<String, Double> df = corpus.documentFrequency(2000);
        List<Map.Entry<String, Double>> common = df.entrySet().stream().filter(e -> e.getValue() > 0.55) // a margin over half: the sample is 2,000 texts
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        List<String> q = new ArrayList<>();
        // Spread over the common words, from "the" to those in just over half.
        for (int k = 0; k < 7 && !common.isEmpty(); k++) q.add(common.get(k * (common.size() - 1) / 6).getKey());
        List<String> en = InboxBenchCorpus.rareWords("en");
        for (int k = 0; k < 4; k++) q.add(en.get(k * 17 % en.size()));
        // The English tail: words in a tenth to a fifth of the texts.
        df.entrySet().stream().filter(e -> e.getValue() > 0.1 && e.getValue() < 0.3 && e.getKey().matches("[a-z]{4,}")
                        && !InboxBenchCorpus.inOpening(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey())).limit(2)
                .map(Map.Entry::getKey).forEach(q::add);
        q.add(InboxBenchCorpus.rareWords("fr").get(2));
        q.add(InboxBenchCorpus.rareWords("de").get(0));
        q.add(InboxBenchCorpus.rareWords("es").get(1));
        q.add("气候变化");
        q.add(InboxBenchCorpus.rareWords("zh").get(0));
        q.add(InboxBenchCorpus.rareWords("ar").get(1));
        q.add("public housing");
        return q;
    }

    /** Times every query {@code rounds} times after one untimed round, asking for {@code limit} results; newest first or by relevance. */
    Timings run(List<String> queries, SearchOrder order, int limit, int rounds, PrintWriter err) {
        boolean relevance = order == SearchOrder.RELEVANCE;
        List<Long> storeNs = new ArrayList<>();
        List<Long> rawNs = new ArrayList<>();
        long sink = 0;
        for (int round = 0; round <= rounds; round++) {
            for (String q : queries) {
                long t = System.nanoTime();
                int found = store.search(q, order, limit).size();
                long s = System.nanoTime() - t;
                t = System.nanoTime();
                int raw = SubmissionSearchBench.rawSearch(db, q, relevance, limit);
                long r = System.nanoTime() - t;
                sink += found + raw;
                if (round == 0 && found != raw) err.printf("  %s: the store found %d, the SQL %d%n", q, found, raw);
                if (round > 0) {
                    storeNs.add(s);
                    rawNs.add(r);
                }
            }
        }
        if (sink < 0) err.println(sink);
        return new Timings(storeNs, rawNs);
    }

    /**
     * Times every query through each of {@code stores} (any backend: the raw reference is SQLite's),
     * {@code rounds} times after {@code warmup} untimed rounds on each; the stores take turns round by
     * round, so a noisy moment of the machine falls on both. Nanoseconds per store, one per query and round.
     */
    static List<List<Long>> alternating(List<SubmissionStore> stores, List<String> queries, SearchOrder order, int limit, int warmup, int rounds) {
        List<List<Long>> ns = new ArrayList<>();
        for (int k = 0; k < stores.size(); k++) ns.add(new ArrayList<>());
        long sink = 0;
        for (SubmissionStore store : stores) {
            for (int round = 0; round < warmup; round++) {
                for (String q : queries) sink += store.search(q, order, limit).size();
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < stores.size(); k++) {
                for (String q : queries) {
                    long t = System.nanoTime();
                    sink += stores.get(k).search(q, order, limit).size();
                    ns.get(k).add(System.nanoTime() - t);
                }
            }
        }
        if (sink < 0) throw new IllegalStateException();
        return ns;
    }

    /** What each query finds (counted once, for the report). */
    void describe(List<String> queries, PrintWriter err) {
        StringBuilder sb = new StringBuilder("Queries (submissions matching):");
        for (String q : queries) sb.append(' ').append(q).append('=').append(store.count(InboxQuery.ALL.withText(q)));
        err.println(sb);
    }

    static double percentile(List<Long> ns, double p) {
        if (ns.isEmpty()) return Double.NaN;
        List<Long> s = new ArrayList<>(ns);
        s.sort(Comparator.naturalOrder());
        int i = (int) Math.ceil(p * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i))) / 1e6;
    }
}
