package org.masthead.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An article: the working copy an editor edits, its place in the workflow, and, once
 * published, the frozen published version. Editing a published article changes only the
 * working copy; the difference is a pending update that goes live only through
 * {@link #publishUpdate}. Immutable; every step returns a new value.
 *
 * @param id          the store's id, 0 before the first save
 * @param content     the working copy
 * @param published   the version readers see, or {@code null} if never published
 * @param scheduledAt when a scheduled article is due to go out, or {@code null}
 * @param embargo     the earliest instant the article may appear, or {@code null}
 * @param trashedAt   when it was moved to the trash, or {@code null}
 * @param version     the store's version of the article this value was read at (0 before the
 *                    first save); a save from an older version is refused, never written over a newer one
 */
public record Article(
        long id,
        ArticleStatus status,
        ArticleContent content,
        ArticleContent published,
        Instant embargo,
        Instant scheduledAt,
        Stamp firstPublished,
        Stamp lastUpdated,
        List<Correction> corrections,
        String withdrawalNotice,
        Instant createdAt,
        Instant modifiedAt,
        Instant trashedAt,
        long version) {

    public Article {
        if (status == null) throw new IllegalArgumentException("status is required");
        if (content == null) content = ArticleContent.EMPTY;
        corrections = List.copyOf(corrections == null ? List.of() : corrections);
        withdrawalNotice = withdrawalNotice == null ? "" : withdrawalNotice;
    }

    /** An article not read from the store (version 0). */
    public Article(long id, ArticleStatus status, ArticleContent content, ArticleContent published, Instant embargo, Instant scheduledAt,
                   Stamp firstPublished, Stamp lastUpdated, List<Correction> corrections, String withdrawalNotice, Instant createdAt,
                   Instant modifiedAt, Instant trashedAt) {
        this(id, status, content, published, embargo, scheduledAt, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt,
                modifiedAt, trashedAt, 0);
    }

    /** The same article at another version of the store (what a save returns). */
    public Article withVersion(long v) {
        return new Article(id, status, content, published, embargo, scheduledAt, firstPublished, lastUpdated, corrections, withdrawalNotice,
                createdAt, modifiedAt, trashedAt, v);
    }

    public static Article create(ArticleContent content, Instant now) {
        return new Article(0, ArticleStatus.DRAFT, content, null, null, null, null, null, List.of(), "", now, now, null, 0);
    }

    public String headline() {
        return content.headline();
    }

    public boolean isPublishedVersionPresent() {
        return published != null;
    }

    /** True when a published article's working copy differs from what readers see. */
    public boolean hasPendingUpdate() {
        return status == ArticleStatus.PUBLISHED && published != null && !published.equals(content);
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    public Article withId(long newId) {
        return new Article(newId, status, content, published, embargo, scheduledAt, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt, modifiedAt, trashedAt, version);
    }

    /** A new working copy. A published version, if any, is untouched. */
    public Article withContent(ArticleContent c, Instant now) {
        return new Article(id, status, c, published, embargo, scheduledAt, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt, now, trashedAt, version);
    }

    public Article withEmbargo(Instant e) {
        return new Article(id, status, content, published, e, scheduledAt, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt, modifiedAt, trashedAt, version);
    }

    public Article withTrashedAt(Instant t) {
        return new Article(id, status, content, published, embargo, scheduledAt, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt, modifiedAt, t, version);
    }

    private void requireNotTrashed() {
        if (trashedAt != null) throw new IllegalStateException("the article is in the trash; restore it first");
    }

    /** A manual step along the workflow (not publishing or withdrawing). */
    public Article moveTo(ArticleStatus next, Instant now) {
        requireNotTrashed();
        if (!status.manualNext().contains(next)) {
            throw new IllegalStateException("cannot move an article from " + status.label() + " to " + next.label());
        }
        Instant sched = next == ArticleStatus.SCHEDULED ? scheduledAt : null;
        return new Article(id, next, content, published, embargo, sched, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt, now, trashedAt, version);
    }

    /** Schedules a ready article for a given instant. */
    public Article schedule(Instant at, Instant now) {
        requireNotTrashed();
        if (status != ArticleStatus.READY && status != ArticleStatus.SCHEDULED) {
            throw new IllegalStateException("only a ready article can be scheduled; this one is " + status.label());
        }
        if (at == null) throw new IllegalArgumentException("a schedule needs a date and time");
        if (at.isBefore(now)) throw new IllegalStateException("the slot is in the past; choose a later date and time");
        if (embargo != null && at.isBefore(embargo)) {
            throw new IllegalStateException("the slot is before the article's embargo");
        }
        return new Article(id, ArticleStatus.SCHEDULED, content, published, embargo, at, firstPublished, lastUpdated, corrections, withdrawalNotice, createdAt, now, trashedAt, version);
    }

    /** First publication: freezes the working copy as the published version. */
    public Article publish(Instant now, ZoneId zone) {
        requireNotTrashed();
        if (!status.isBeforePublication() || status == ArticleStatus.IDEA) {
            throw new IllegalStateException("an article in status " + status.label() + " cannot be published");
        }
        if (embargo != null && now.isBefore(embargo)) {
            throw new IllegalStateException("the article is under embargo until "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(embargo.atZone(zone)) + " (" + zone.getId() + ")");
        }
        if (content.headline().isBlank()) throw new IllegalStateException("an article needs a headline before it is published");
        Stamp s = new Stamp(now, zone);
        return new Article(id, ArticleStatus.PUBLISHED, content, content, embargo, scheduledAt, s, s, corrections, withdrawalNotice, createdAt, now, trashedAt, version);
    }

    /**
     * Republishes the pending update on purpose, optionally with a dated correction note
     * ({@code null} or blank for none).
     */
    public Article publishUpdate(Instant now, ZoneId zone, String correctionNote) {
        requireNotTrashed();
        if (status != ArticleStatus.PUBLISHED) throw new IllegalStateException("only a published article can be updated");
        if (!hasPendingUpdate() && (correctionNote == null || correctionNote.isBlank())) {
            throw new IllegalStateException("there is no pending update to publish");
        }
        Stamp s = new Stamp(now, zone);
        List<Correction> cs = new ArrayList<>(corrections);
        if (correctionNote != null && !correctionNote.isBlank()) cs.add(new Correction(s, correctionNote));
        return new Article(id, status, content, content, embargo, scheduledAt, firstPublished, s, cs, withdrawalNotice, createdAt, now, trashedAt, version);
    }

    /** Takes a published article down, leaving a public notice in its place. */
    public Article withdraw(String notice, Instant now) {
        requireNotTrashed();
        if (status != ArticleStatus.PUBLISHED) throw new IllegalStateException("only a published article can be withdrawn");
        if (notice == null || notice.isBlank()) throw new IllegalArgumentException("a withdrawal needs a public notice");
        return new Article(id, ArticleStatus.WITHDRAWN, content, published, embargo, scheduledAt, firstPublished, lastUpdated, corrections, notice.strip(), createdAt, now, trashedAt, version);
    }

    /** Reverts the working copy of a published article to what readers see. */
    public Article discardPendingUpdate(Instant now) {
        if (published == null) throw new IllegalStateException("nothing published to go back to");
        return withContent(published, now);
    }

    /** A copy as a new draft: same content, no history. */
    public Article duplicate(Instant now) {
        ArticleContent c = content.withHeadline(content.headline().isBlank() ? "" : "Copy of " + content.headline());
        return new Article(0, ArticleStatus.DRAFT, c, null, embargo, null, null, null, List.of(), "", now, now, null, 0);
    }
}
