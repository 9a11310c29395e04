package org.masthead.model;

/**
 * What became of an attachment on import: read into a Document, kept as a picture, kept as a
 * file nobody could read, or failed (encrypted, truncated, malformed) with an error for the
 * reviewer. Whatever the outcome, the attachment's bytes are kept.
 */
public enum AttachmentOutcome {
    DOCUMENT("document"),
    IMAGE("image"),
    FILE("file"),
    FAILED("failed");

    private final String key;

    AttachmentOutcome(String key) {
        this.key = key;
    }

    /** The spelling used in the database and JSON. */
    public String key() {
        return key;
    }

    public static AttachmentOutcome ofKey(String key) {
        for (AttachmentOutcome o : values()) {
            if (o.key.equals(key) || o.name().equalsIgnoreCase(key)) return o;
        }
        throw new IllegalArgumentException("unknown attachment outcome '" + key + "'");
    }
}
