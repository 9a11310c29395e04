package org.masthead.store;

import org.masthead.model.Article;

/**
 * A save that lost a race (decision 0017): it was made from a version of the aggregate older
 * than the one stored, so it was refused and nothing was written. It carries the version the
 * user had and the one stored now, and for an article both texts, so that the user can compare
 * them and keep theirs (save it again on top of {@link #stored()}), take the stored one, or merge.
 */
public final class ConflictException extends StoreException {

    private final String kind;
    private final long id;
    private final long yourVersion;
    private final long storedVersion;
    private final Article mine;
    private final Article stored;

    ConflictException(String kind, long id, String title, long yourVersion, long storedVersion, Article mine, Article stored) {
        super(mine == null
                ? "\u201c" + title + "\u201d was changed by someone else meanwhile. Your change was not saved and theirs was not overwritten; "
                        + "look at it as it is now and make your change again."
                : "\u201c" + title + "\u201d was saved by someone else meanwhile (you had version " + yourVersion + ", it is now at version "
                        + storedVersion + "). Your change was not saved and theirs was not overwritten; compare the two and save again.", null);
        this.kind = kind;
        this.id = id;
        this.yourVersion = yourVersion;
        this.storedVersion = storedVersion;
        this.mine = mine;
        this.stored = stored;
    }

    /** What was saved: "article" or "submission" (whose version is its modified_at, in epoch milliseconds). */
    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    /** The version the refused save started from. */
    public long yourVersion() {
        return yourVersion;
    }

    /** The version stored now, which someone else saved. */
    public long storedVersion() {
        return storedVersion;
    }

    /** The article as the refused save would have written it, or null for another kind. */
    public Article mine() {
        return mine;
    }

    /** The article as stored now, or null for another kind. */
    public Article stored() {
        return stored;
    }
}
