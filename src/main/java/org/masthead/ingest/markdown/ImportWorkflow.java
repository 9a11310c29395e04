package org.masthead.ingest.markdown;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;

/**
 * Brings an imported article to the status its file asks for through the model's own workflow
 * steps ({@link Article#moveTo}, {@link Article#schedule}, {@link Article#publish}), so the
 * result is what an editor could have produced by hand. Only the end state is saved: an import
 * keeps one revision per file, not one per step.
 */
final class ImportWorkflow {

    private ImportWorkflow() {
    }

    /**
     * A new article. A published one is created, and first published, at its {@code date} in
     * {@code zone} (the import time when it has none); others are created now.
     */
    static Article create(ArticleContent content, ArticleStatus target, Instant date, Instant now, ZoneId zone, Consumer<String> warn) {
        Instant created = target == ArticleStatus.PUBLISHED && date != null ? date : now;
        return bringTo(Article.create(content, created), target, date, created, now, zone, warn);
    }

    /**
     * An article imported before whose file changed: the working copy becomes the file's
     * content and the article moves to the status asked for when the workflow allows. A
     * published article whose file is still published gets the change published as an update;
     * one the file no longer calls published keeps the change as a pending update.
     */
    static Article update(Article a, ArticleContent content, ArticleStatus target, Instant date, Instant now, ZoneId zone, Consumer<String> warn) {
        Article b = a.content().equals(content) ? a : a.withContent(content, now);
        switch (b.status()) {
            case PUBLISHED -> {
                if (!b.hasPendingUpdate()) return b;
                if (target == ArticleStatus.PUBLISHED) return b.publishUpdate(now, zone, null);
                warn.accept("the article is published; the change waits as a pending update until it is republished");
                return b;
            }
            case SPIKED, WITHDRAWN -> {
                warn.accept("the article is " + b.status().label().toLowerCase() + " in Masthead; only its text was updated");
                return b;
            }
            default -> {
                return bringTo(b, target, date, now, now, zone, warn);
            }
        }
    }

    private static Article bringTo(Article a, ArticleStatus target, Instant date, Instant at, Instant now, ZoneId zone, Consumer<String> warn) {
        switch (target) {
            case SCHEDULED -> {
                if (date == null || !date.isAfter(now)) {
                    warn.accept(date == null ? "status scheduled without a date: left ready" : "the date of a scheduled article has passed: left ready");
                    return a.status() == ArticleStatus.SCHEDULED ? a : move(a, ArticleStatus.READY, at);
                }
                if (a.status() == ArticleStatus.SCHEDULED && date.equals(a.scheduledAt())) return a;
                return move(a, ArticleStatus.READY, at).schedule(date, now);
            }
            case PUBLISHED -> {
                if (date == null) warn.accept("no date: published as of the import");
                return move(a, ArticleStatus.READY, at).publish(date == null ? now : date, zone);
            }
            default -> {
                return move(a, target, at);
            }
        }
    }

    /** Moves along the shortest path of manual workflow steps (scheduled counts as a place to leave, not to reach). */
    private static Article move(Article a, ArticleStatus target, Instant at) {
        for (ArticleStatus s : path(a.status(), target)) a = a.moveTo(s, at);
        return a;
    }

    private static List<ArticleStatus> path(ArticleStatus from, ArticleStatus to) {
        if (from == to) return List.of();
        Map<ArticleStatus, ArticleStatus> previous = new EnumMap<>(ArticleStatus.class);
        Deque<ArticleStatus> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty()) {
            ArticleStatus s = queue.poll();
            for (ArticleStatus n : s.manualNext()) {
                if (n == ArticleStatus.SPIKED || previous.containsKey(n)) continue;
                previous.put(n, s);
                if (n == to) {
                    List<ArticleStatus> out = new ArrayList<>();
                    for (ArticleStatus x = to; x != from; x = previous.get(x)) out.add(x);
                    Collections.reverse(out);
                    return out;
                }
                queue.add(n);
            }
        }
        throw new IllegalStateException("cannot move an article from " + from.label() + " to " + to.label());
    }
}
