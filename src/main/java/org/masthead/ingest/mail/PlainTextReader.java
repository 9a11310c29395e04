package org.masthead.ingest.mail;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/**
 * Turns the plain text of a mail body into a {@link Document}.
 *
 * <p>Without format=flowed, paragraphs are separated by blank lines and the lines of a
 * paragraph are the sender's hard wrapping, so they are joined with a space; a paragraph of
 * short lines (an address, a signature, a poem) keeps each line as a paragraph of its own,
 * because joining them would make nonsense. With format=flowed (RFC 3676) a line ending in a
 * space continues on the next one, so each unwrapped line is a paragraph. Lines quoted with
 * "&gt;" become quotes; "- ", "* " and "• " lines become list items. Control characters
 * (a U+0000 arrives in UTF-16 mail) become spaces, since runs carry text, not controls.
 */
final class PlainTextReader {

    /** A paragraph whose lines are mostly shorter than this was not wrapped by a mailer but broken by hand. */
    private static final int WRAPPED_LINE = 45;

    /** The text with line breaks normalised, flowed lines unwrapped and controls removed. */
    String normalize(String text, boolean flowed, boolean delSp) {
        String t = cleanControls(text);
        if (!flowed) return t;
        StringBuilder out = new StringBuilder(t.length());
        StringBuilder logical = new StringBuilder();
        int logicalDepth = -1;
        for (String line : t.split("\n", -1)) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') depth++;
            String content = line.substring(depth);
            if (content.startsWith(" ")) content = content.substring(1); // space-stuffing, or the space after "> "
            if (logicalDepth >= 0 && depth != logicalDepth) { // a quote level change ends a flowed line
                endLogical(out, logical, logicalDepth);
            }
            logicalDepth = depth;
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (soft) {
                logical.append(delSp ? content.substring(0, content.length() - 1) : content);
            } else {
                logical.append(content);
                endLogical(out, logical, depth);
                logicalDepth = -1;
            }
        }
        if (logical.length() > 0) endLogical(out, logical, Math.max(logicalDepth, 0));
        return out.toString();
    }

    private static void endLogical(StringBuilder out, StringBuilder logical, int depth) {
        if (depth > 0) out.append(">".repeat(depth)).append(' ');
        out.append(logical).append('\n');
        logical.setLength(0);
    }

    /** Reads text already through {@link #normalize}; flowed text gives one paragraph a line. */
    Document read(String normalized, boolean flowed) {
        List<Block> blocks = new ArrayList<>();
        List<String> group = new ArrayList<>();
        boolean groupQuoted = false;
        for (String raw : normalized.split("\n", -1)) {
            String line = raw.stripTrailing();
            boolean quoted = line.startsWith(">");
            if (line.isBlank() || (!group.isEmpty() && quoted != groupQuoted) || flowed) {
                emit(blocks, group, groupQuoted, flowed);
                if (line.isBlank()) continue;
            }
            if (group.isEmpty()) groupQuoted = quoted;
            group.add(quoted ? line.replaceFirst("^[> ]+", "") : line);
        }
        emit(blocks, group, groupQuoted, flowed);
        return new Document(blocks);
    }

    private static void emit(List<Block> blocks, List<String> group, boolean quoted, boolean flowed) {
        if (group.isEmpty()) return;
        if (quoted) {
            blocks.add(new Block.Quote(List.of(Run.plain(join(group)))));
        } else if (flowed || group.size() == 1 || isWrappedProse(group)) {
            addParagraph(blocks, join(group));
        } else {
            for (String line : group) addParagraph(blocks, line);
        }
        group.clear();
    }

    private static void addParagraph(List<Block> blocks, String text) {
        String t = text.strip();
        if (t.isEmpty()) return;
        for (String bullet : new String[] {"- ", "* ", "• "}) {
            if (t.startsWith(bullet) && t.length() > bullet.length()) {
                blocks.add(new Block.ListItem(false, 1, List.of(Run.plain(t.substring(bullet.length()).strip()))));
                return;
            }
        }
        blocks.add(new Block.Paragraph(List.of(Run.plain(t))));
    }

    /** Hard-wrapped prose: every line but the last is long; a list of bullets is never joined. */
    private static boolean isWrappedProse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("- ") || l.startsWith("* ") || l.startsWith("• ")) return false;
            if (i < lines.size() - 1 && l.length() < WRAPPED_LINE) return false;
        }
        return true;
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
        }
        return sb.toString();
    }

    /** Header text on one line: controls become spaces, NULs vanish (a UTF-16 subject may carry one). */
    static String oneLine(String text) {
        if (text == null) return null;
        return cleanControls(text).replace('\n', ' ');
    }

    /** True when {@link #cleanControls} would change nothing: no CR, tab, other control, U+FEFF or line/paragraph separator. */
    private static boolean isClean(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\n' : (c >= 0x7F && c < 0xA0) || c == '\uFEFF' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    /** CRLF and CR become LF; other controls (and U+FEFF, U+0000) become spaces or vanish. */
    static String cleanControls(String text) {
        if (isClean(text)) return text; // most mail: nothing to change, nothing to copy
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            } else if (c == '\n') {
                sb.append('\n');
            } else if (c == '\t') {
                sb.append(' ');
            } else if (c == '\uFEFF' || c == 0) {
                // nothing
            } else if (c < ' ' || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
