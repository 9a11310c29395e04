package org.masthead.model.text;

import java.util.Objects;

/**
 * The inline marks a {@link Run} carries: bold, italic, a link target and a note.
 * A note is a footnote anchored on the run's text; its text is rendered as an endnote.
 * Immutable; {@code null} href or note means "none".
 */
public record Marks(boolean bold, boolean italic, String href, String note) {

    public static final Marks NONE = new Marks(false, false, null, null);

    public Marks {
        href = blankToNull(href);
        note = blankToNull(note);
    }

    public static Marks of(boolean bold, boolean italic) {
        return new Marks(bold, italic, null, null);
    }

    public Marks withBold(boolean b) { return new Marks(b, italic, href, note); }

    public Marks withItalic(boolean i) { return new Marks(bold, i, href, note); }

    public Marks withHref(String h) { return new Marks(bold, italic, h, note); }

    public Marks withNote(String n) { return new Marks(bold, italic, href, n); }

    public boolean isLink() { return href != null; }

    public boolean hasNote() { return note != null; }

    public boolean isPlain() { return equals(NONE); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return (bold ? "B" : "") + (italic ? "I" : "") + (href != null ? "L(" + href + ")" : "")
                + (note != null ? "N(" + Objects.hashCode(note) + ")" : "");
    }
}
