package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.TextOps;
import org.masthead.model.text.TextDirection;

/**
 * Text segment operations that keep right-to-left text in one segment per word.
 *
 * <p>Why: JavaFX 21 on Linux lays out a wrapped run of Arabic or Hebrew wrongly when one Text
 * node has to break over several lines (lines overlap and repeat; reproduced with a plain
 * TextFlow). Each segment becomes one Text node, so a right-to-left paragraph made of
 * one-word segments wraps between nodes and is drawn right. Words stay whole, so letters
 * still join. Left-to-right text joins as usual. The document model is unaffected: the
 * mapper merges runs with equal marks when it reads the area back.
 */
final class WordTextOps implements TextOps<String, TextStyle> {

    private final TextOps<String, TextStyle> plain = SegmentOps.styledTextOps();

    @Override public int length(String seg) { return plain.length(seg); }
    @Override public char charAt(String seg, int index) { return plain.charAt(seg, index); }
    @Override public String getText(String seg) { return plain.getText(seg); }
    @Override public String subSequence(String seg, int start, int end) { return plain.subSequence(seg, start, end); }
    @Override public String subSequence(String seg, int start) { return plain.subSequence(seg, start); }
    @Override public String createEmptySeg() { return plain.createEmptySeg(); }
    @Override public String create(String text) { return plain.create(text); }

    @Override
    public Optional<String> joinSeg(String left, String right) {
        if (!left.isEmpty() && !right.isEmpty() && startsRtlWord(left.charAt(left.length() - 1), right.charAt(0))) {
            return Optional.empty();
        }
        return plain.joinSeg(left, right);
    }

    /**
     * A right-to-left word begins here. Decided by the two characters at the seam alone, so
     * the editor and its undo records always split the same text the same way (RichTextFX
     * compares them segment by segment on undo).
     */
    static boolean startsRtlWord(char before, char first) {
        return Character.isWhitespace(before) && TextDirection.isStrongRtl(first);
    }

    static boolean hasRtl(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextDirection.isStrongRtl(s.charAt(i))) return true;
        }
        return false;
    }

    /** Splits text where a right-to-left word begins (the same seams as {@link #joinSeg}). */
    static List<String> words(String text) {
        if (!hasRtl(text)) return List.of(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (startsRtlWord(text.charAt(i - 1), text.charAt(i))) {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
