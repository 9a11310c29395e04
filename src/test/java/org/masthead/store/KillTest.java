package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.text.TextStats;

/**
 * "Killing the process at any moment loses at most the last 5 s of typing, and the database
 * still opens with PRAGMA integrity_check = ok." A child JVM types and autosaves; it is killed
 * with SIGKILL after a random 3–8 s, in some rounds the moment it starts a save.
 */
class KillTest {

    private static final long LOSS_ALLOWED_MS = 5000;
    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    private record Line(String kind, int count, long millis) {
        static Line parse(String s) {
            String[] p = s.split(" ");
            return new Line(p[0], p.length > 1 ? Integer.parseInt(p[1]) : 0, p.length > 2 ? Long.parseLong(p[2]) : 0);
        }
    }

    @Test
    void killingTheTypistLosesAtMostTheLastFiveSecondsAndTheDatabaseStaysSound() throws Exception {
        Path f = dir.resolve("typist.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 1; round <= ROUNDS; round++) {
            boolean killMidSave = round % 2 == 0;
            // 3–8 s at random; the first two rounds type past the 5 s window so the loss bound is really tested
            long typeFor = round <= 2 ? 5500 + random.nextInt(2501) : 3000 + random.nextInt(5001);
            Process child = ChildJvm.start(TypistChild.class, f.toString(), "40");
            BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
            Thread pump = pump(ChildJvm.stdout(child), lines);
            List<Line> typed = new ArrayList<>();
            int lastSaved = 0;
            long killAt;
            long articleId;
            try {
                Line first = lines.poll(30, TimeUnit.SECONDS);
                assertThat(first).as("child started (seed " + seed + ")").isNotNull();
                assertThat(first.kind()).isEqualTo("ARTICLE");
                articleId = first.count();
                long deadline = -1;
                while (true) {
                    Line l = lines.poll(5, TimeUnit.SECONDS);
                    assertThat(l).as("child still typing").isNotNull();
                    if (l.kind().equals("TYPED")) {
                        typed.add(l);
                        if (deadline < 0) deadline = System.currentTimeMillis() + typeFor;
                    }
                    if (l.kind().equals("SAVED")) lastSaved = Math.max(lastSaved, l.count());
                    boolean due = deadline > 0 && System.currentTimeMillis() >= deadline;
                    if (due && (!killMidSave || l.kind().equals("SAVING"))) break;
                    if (due && System.currentTimeMillis() > deadline + 6000) break; // no save came: kill anyway
                }
                killAt = System.currentTimeMillis();
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
            pump.join(2000);
            // lines the child wrote before it died but we had not read yet
            for (Line l; (l = lines.poll()) != null; ) {
                if (l.kind().equals("TYPED")) typed.add(l);
                if (l.kind().equals("SAVED")) lastSaved = Math.max(lastSaved, l.count());
            }
            int mustHave = typed.stream().filter(l -> l.millis() <= killAt - LOSS_ALLOWED_MS).mapToInt(Line::count).max().orElse(0);
            int typedTotal = typed.stream().mapToInt(Line::count).max().orElse(0);

            try (DatabaseLock lock = DatabaseLock.acquire(f); Database db = Database.open(f)) {
                assertThat(db.integrityCheck()).as("round " + round).isEqualTo("ok");
                String body = new ArticleStore(db).load(articleId).content().body().plainText();
                int saved = TextStats.of(body).words();
                String report = "round " + round + (killMidSave ? " (killed at a save)" : "") + ": typed " + typedTotal
                        + " words for " + typeFor + " ms, saved " + saved + ", needed " + mustHave + " (seed " + seed + ")";
                System.out.println(report);
                assertThat(saved).as(report).isGreaterThanOrEqualTo(mustHave).isGreaterThanOrEqualTo(lastSaved).isLessThanOrEqualTo(typedTotal);
                if (saved > 0) assertThat(body).as(report).contains("word" + saved).doesNotContain("word" + (saved + 1) + " ");
            }
        }
    }

    private static Thread pump(BufferedReader out, BlockingQueue<Line> lines) {
        Thread t = new Thread(() -> {
            try {
                for (String s; (s = out.readLine()) != null; ) {
                    if (s.matches("(ARTICLE|TYPED|SAVING|SAVED)( \\d+)*")) lines.add(Line.parse(s));
                }
            } catch (IOException ignored) {
                // the child was killed mid-line: what was read is enough
            }
        }, "typist-stdout");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
