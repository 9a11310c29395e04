package org.masthead.ingest.document;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/**
 * Plain text as paragraphs. In text written by people (mail, .txt) and in text laid out on a
 * page (PDF), a blank line ends a paragraph and a single line break is only wrapping: the
 * lines are joined with a space, and a word hyphenated across a line break ("exam-" /
 * "ple") is joined again. Text from word processors (.doc, .odt, .rtf) already has one
 * paragraph a line, so there every line is a paragraph.
 */
final class PlainParagraphs {

    private PlainParagraphs() {
    }

    /** Paragraphs separated by blank lines; single line breaks are wrapping. */
    static Document wrapped(String text) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String raw : lines(text)) {
            String line = ParagraphRuns.clean(raw).strip();
            if (line.isEmpty()) {
                add(out, para);
                continue;
            }
            if (para.length() > 0) {
                int last = para.length() - 1;
                boolean hyphenated = para.charAt(last) == '-' && last > 0 && Character.isLetter(para.charAt(last - 1))
                        && Character.isLowerCase(line.codePointAt(0));
                if (hyphenated) para.setLength(last); else para.append(' ');
            }
            para.append(line);
        }
        add(out, para);
        return new Document(out);
    }

    /** One paragraph a line; blank lines are dropped. */
    static Document perLine(String text) {
        List<Block> out = new ArrayList<>();
        for (String raw : lines(text)) add(out, new StringBuilder(ParagraphRuns.clean(raw).strip()));
        return new Document(out);
    }

    private static String[] lines(String text) {
        return text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\f", -1);
    }

    private static void add(List<Block> out, StringBuilder para) {
        String s = para.toString().replaceAll("[ \\t\\u00A0]{2,}", " ").strip();
        para.setLength(0);
        if (!s.isEmpty()) out.add(new Block.Paragraph(List.of(Run.plain(s))));
    }
}
