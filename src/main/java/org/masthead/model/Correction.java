package org.masthead.model;

/** A dated correction note shown with a republished article. */
public record Correction(Stamp at, String text) {
    public Correction {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a correction note needs text");
        text = text.strip();
    }
}
