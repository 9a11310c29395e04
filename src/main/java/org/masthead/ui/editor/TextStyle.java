package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.text.Marks;

/**
 * The inline style of a stretch of text in the editor: the editor-side twin of {@link Marks}.
 * Kept separate so the area's styling (CSS classes) can grow without touching the model.
 */
public record TextStyle(boolean bold, boolean italic, String href, String note) {

    public static final TextStyle PLAIN = new TextStyle(false, false, null, null);

    public TextStyle {
        href = href == null || href.isBlank() ? null : href;
        note = note == null || note.isBlank() ? null : note;
    }

    public static TextStyle of(Marks m) {
        return m.isPlain() ? PLAIN : new TextStyle(m.bold(), m.italic(), m.href(), m.note());
    }

    public Marks toMarks() {
        return new Marks(bold, italic, href, note);
    }

    public TextStyle withBold(boolean b) { return new TextStyle(b, italic, href, note); }
    public TextStyle withItalic(boolean i) { return new TextStyle(bold, i, href, note); }
    public TextStyle withHref(String h) { return new TextStyle(bold, italic, h, note); }
    public TextStyle withNote(String n) { return new TextStyle(bold, italic, href, n); }

    /** Style classes for the text node; see editor.css. */
    public List<String> cssClasses() {
        List<String> out = new ArrayList<>(4);
        if (bold) out.add(EditorCss.BOLD);
        if (italic) out.add(EditorCss.ITALIC);
        if (href != null) out.add(EditorCss.LINK);
        if (note != null) out.add(EditorCss.NOTE);
        return out;
    }
}
