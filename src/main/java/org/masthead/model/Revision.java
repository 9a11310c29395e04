package org.masthead.model;

import java.time.Instant;

/**
 * A kept version of an article's working copy.
 *
 * @param kind      why it was kept: {@code save}, {@code autosave}, {@code publish}, {@code restore}
 * @param published true for a version that went live; these are never pruned
 */
public record Revision(long id, long articleId, Instant createdAt, String kind, int words, boolean published) {
}
