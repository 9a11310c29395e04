package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.InboxQuery;
import org.masthead.model.SearchOrder;

/**
 * Timings on a large inbox, run on demand ({@code -Dmasthead.scale=100000}): not a benchmark
 * with a verdict (issue 5's benchmark is the lead's), but the figures the store's design rests
 * on, printed. Skipped in the ordinary build.
 */
class InboxScaleCheck {

    @TempDir
    Path dir;

    @Test
    void searchNewestFirstAndTheListStayFastOnALargeInbox() {
        int n = Integer.getInteger("masthead.scale", 0);
        Assumptions.assumeTrue(n > 0, "run with -Dmasthead.scale=N to time an inbox of N submissions");
        String keep = System.getProperty("masthead.scale.keep");
        try (Database db = Database.open(keep != null ? Path.of(keep) : dir.resolve("scale.db"))) {
            SubmissionStore store = new SubmissionStore(db);
            long t0 = System.nanoTime();
            java.util.SplittableRandom r = new java.util.SplittableRandom(42);
            java.time.Instant start = java.time.Instant.parse("2025-01-01T00:00:00Z");
            List<org.masthead.model.IncomingMessage> all = new ArrayList<>();
            for (int i = 1; i <= n; i++) all.add(SyntheticInbox.synthetic(i, r, start));
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i += 5000) store.saveAll(all.subList(i, Math.min(n, i + 5000)));
            all = null;
            System.out.printf("generate %d: %d ms, saveAll: %d ms%n", n, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            List<String> queries = List.of("the", "city", "water", "policy", "climate", "government", "people", "aquifer", "sluice",
                    "estuary monsoon", "levee city", "culvert", "气候变化", "城市", "水", "المياه", "delta the", "reservoir water", "floodplain",
                    "nothing-here");
            for (int round = 0; round < 2; round++) {
                List<Long> times = new ArrayList<>();
                for (String q : queries) {
                    long s = System.nanoTime();
                    store.search(q, SearchOrder.NEWEST, 50);
                    times.add((System.nanoTime() - s) / 1000);
                }
                Collections.sort(times);
                System.out.printf("search newest, round %d: p50 %d µs, p95 %d µs, max %d µs%n", round, times.get(times.size() / 2),
                        times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
            }
            for (String q : List.of("the", "aquifer", "气候变化")) {
                long s = System.nanoTime();
                store.search(q, SearchOrder.RELEVANCE, 50);
                System.out.printf("search relevance '%s': %d ms%n", q, (System.nanoTime() - s) / 1_000_000);
            }
            for (int round = 0; round < 2; round++) {
                long s = System.nanoTime();
                int rows = store.list(InboxQuery.ALL).size();
                System.out.printf("list all %d rows: %d ms%n", rows, (System.nanoTime() - s) / 1_000_000);
                s = System.nanoTime();
                store.list(InboxQuery.SUBMISSIONS.withPage(200, 0));
                System.out.printf("list first 200 by answer due: %d ms%n", (System.nanoTime() - s) / 1_000_000);
                s = System.nanoTime();
                store.count(InboxQuery.SUBMISSIONS);
                System.out.printf("count: %d ms%n", (System.nanoTime() - s) / 1_000_000);
            }
            assertThat(store.count(InboxQuery.ALL)).isEqualTo(n);
        }
    }
}
