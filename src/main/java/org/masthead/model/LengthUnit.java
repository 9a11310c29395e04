package org.masthead.model;

/**
 * What a submission's length counts: words, or characters for Chinese and Japanese, which
 * are written without spaces between words (editors quote a 1,500-character piece, not words).
 */
public enum LengthUnit {
    WORDS("words"),
    CHARACTERS("characters");

    private final String key;

    LengthUnit(String key) {
        this.key = key;
    }

    /** The spelling used in the database and JSON. */
    public String key() {
        return key;
    }

    public static LengthUnit ofKey(String key) {
        for (LengthUnit u : values()) {
            if (u.key.equals(key) || u.name().equalsIgnoreCase(key)) return u;
        }
        throw new IllegalArgumentException("unknown length unit '" + key + "'; words or characters");
    }
}
