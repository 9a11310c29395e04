package org.masthead.triage;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a submission is listed under. Authors' subjects are often no title at all
 * ("Op-ed submission", "Fwd:", "Tribune"), so a generic subject gives way to the document's own
 * title, and that to the first line of the text. A generic label before a real title is cut
 * off: "Op-ed submission: Give the rivers back" lists as "Give the rivers back".
 */
public final class SubmissionTitle {

    /** A first line longer than this is cut at a word boundary. */
    static final int MAX_LENGTH = 140;

    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:\\s*(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs|antw|r|i)(?:\\[\\d+])?\\s*[:：]\\s*|\\s*(?:回复|答复|转发)\\s*[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> GENERIC = Set.of(
            "submission", "op-ed", "oped", "op ed", "op-ed submission", "opinion piece", "opinion", "opinion article",
            "article", "article submission", "guest article", "guest post", "guest essay", "commentary", "comment", "essay",
            "pitch", "op-ed pitch", "my article", "my op-ed", "for your consideration", "for consideration", "piece",
            "no subject", "untitled", "new submission", "submission for publication", "article for publication",
            "tribune", "proposition de tribune", "proposition d'article", "sans objet", "pour publication",
            "gastbeitrag", "meinungsbeitrag", "beitrag", "artikel", "kein betreff", "kommentar",
            "artículo", "artículo de opinión", "tribuna", "columna", "colaboración", "sin asunto", "propuesta de artículo",
            "articolo", "editoriale", "senza oggetto", "artigo", "artigo de opinião", "sem assunto",
            "投稿", "来稿", "评论文章", "无主题", "稿件", "寄稿", "件名なし");
    private static final Pattern LABEL = Pattern.compile("^(.{2,40}?)\\s*(?:[:：|]|\\s[-–—]\\s)\\s*(.+)$");

    private SubmissionTitle() {
    }

    /** The subject unless empty or generic, else the document's title, else the first line; "" when all are empty. */
    public static String choose(String subject, String documentTitle, String firstLine) {
        String s = withoutPrefixes(subject);
        if (!s.isEmpty() && !isGeneric(s)) {
            Matcher m = LABEL.matcher(s);
            return m.matches() && isGeneric(m.group(1)) && !isGeneric(m.group(2)) ? m.group(2).strip() : s;
        }
        String title = oneLine(documentTitle);
        if (!title.isEmpty()) return shorten(title);
        return shorten(oneLine(firstLine));
    }

    /** Whether the subject says nothing about the piece, e.g. "Op-ed submission", "(no subject)", "Fwd:". */
    public static boolean isGeneric(String subject) {
        String s = withoutPrefixes(subject).toLowerCase(Locale.ROOT)
                .replaceAll("^[\\p{Punct}\\s«»“”„‘’「」《》【】()]+|[\\p{Punct}\\s«»“”„‘’「」《》【】()]+$", "")
                .replaceAll("\\s+", " ");
        return s.isEmpty() || GENERIC.contains(s);
    }

    private static String withoutPrefixes(String subject) {
        return PREFIXES.matcher(oneLine(subject)).replaceFirst("").strip();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_LENGTH) return s;
        int cut = s.lastIndexOf(' ', MAX_LENGTH);
        return (cut > MAX_LENGTH / 2 ? s.substring(0, cut) : s.substring(0, MAX_LENGTH)).strip() + "…";
    }
}
