package org.masthead.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an author says about themselves, read from the end of a submission: the one-line bio
 * ("Ana Lima is a hydrologist at the University of Porto."), a labelled "Bio:", a signature
 * ("— Ana Lima, Professor of Hydrology, University of Porto") and a conflict-of-interest note
 * ("Disclosure: ...", "I have no conflicts of interest"). Each part is null when not found.
 * The claimed title is a claim: the inbox shows it unverified until a reviewer checks it.
 */
public record AuthorDetails(String claimedTitle, String bio, String conflictNote) {

    /** How much of the end of a text is searched for a bio and a signature. */
    static final int TAIL_CHARS = 1500;
    /** A one-line bio is looked for in this many last lines: past them, "X is a ..." is the argument's own. */
    static final int BIO_LINES = 6;

    private static final Pattern CONFLICT_LABEL = Pattern.compile("^\\s*(?:disclosures?|conflicts? of interests?|competing interests?"
            + "|declarations? of interests?|conflit d'intérêts?|déclaration d'intérêts|interessenkonflikte?|offenlegung"
            + "|conflictos? de intereses?|conflitto di interessi)\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NO_CONFLICT = Pattern.compile("\\b(?:I|the author)\\s+(?:have|has|declares?)\\s+no\\s+"
            + "(?:competing interests|conflicts?|financial interests?)[^.!?\\n]*[.!?]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIO_LABEL = Pattern.compile("^\\s*(?:bio|biography|about the author|about me|author bio|short bio"
            + "|biographie|à propos de l'auteur|zur person|über den autor|über die autorin|biografía|sobre el autor|biografia)"
            + "\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IS_A = Pattern.compile("^((?:\\p{Lu}[\\p{L}'.-]*\\s+){1,4})(?:is|was)\\s+(?:an?|the)\\s+(.+?)(?:[.;](?:\\s|$)|$)"
            + "|^((?:\\p{Lu}[\\p{L}'.-]*\\s+){1,4})(?:est|ist|es|è)\\s+(?:une?\\s+|una?\\s+)?(.+?)(?:[.;](?:\\s|$)|$)");
    private static final Pattern TITLE_END = Pattern.compile(",\\s*(?:who|where|and)\\s|\\s+and\\s+(?:the|a|an)\\s|\\s+who\\s|\\s+where\\s");
    private static final Pattern DASH_SIGNATURE = Pattern.compile("^\\s*(?:[—–-]{1,2}|~)\\s*([^,]{2,60}?),\\s*(.{3,160})$");
    private static final Pattern CONTACT = Pattern.compile("@|https?://|www\\.|\\+?\\d[\\d\\s()-]{6,}|^(?:tel|phone|mobile|email)\\b",
            Pattern.CASE_INSENSITIVE);

    /** @param fromName the sender's display name, which helps find a signature block; may be null */
    public static AuthorDetails extract(String text, String fromName) {
        if (text == null || text.isBlank()) return new AuthorDetails(null, null, null);
        List<String> all = Arrays.stream(text.replace("\r\n", "\n").split("\n")).map(String::strip).toList();
        String tail = text.length() > TAIL_CHARS ? text.substring(text.length() - TAIL_CHARS) : text;
        List<String> tailLines = Arrays.stream(tail.replace("\r\n", "\n").split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();

        String conflict = conflictNote(all, text);
        String bio = labelledBio(all);
        String title = null;
        if (bio == null) {
            for (int i = tailLines.size() - 1; i >= Math.max(0, tailLines.size() - BIO_LINES) && bio == null; i--) {
                if (isAbout(tailLines.get(i), fromName)) bio = tailLines.get(i);
            }
        }
        if (bio != null) title = titleIn(bio);
        if (title == null) title = signatureTitle(tailLines, fromName);
        return new AuthorDetails(title, bio, conflict);
    }

    private static String conflictNote(List<String> lines, String text) {
        for (String line : lines) {
            Matcher m = CONFLICT_LABEL.matcher(line);
            if (m.matches()) return line;
        }
        Matcher none = NO_CONFLICT.matcher(text);
        return none.find() ? none.group().strip() : null;
    }

    private static String labelledBio(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BIO_LABEL.matcher(lines.get(i));
            if (!m.matches()) continue;
            StringBuilder bio = new StringBuilder(m.group(1));
            for (int j = i + 1; j < lines.size() && !lines.get(j).isEmpty() && !CONFLICT_LABEL.matcher(lines.get(j)).matches(); j++) {
                bio.append(bio.length() == 0 ? "" : " ").append(lines.get(j));
            }
            return bio.length() == 0 ? null : bio.toString();
        }
        return null;
    }

    /** "Ana Lima is a ..." where the name is the sender's, or two to five capitalised words. */
    private static boolean isAbout(String line, String fromName) {
        Matcher m = IS_A.matcher(line);
        if (!m.find()) return false;
        String name = (m.group(1) != null ? m.group(1) : m.group(3)).strip();
        return name.split("\\s+").length >= 2 || sharesAWord(name, fromName);
    }

    private static String titleIn(String bio) {
        Matcher m = IS_A.matcher(bio);
        if (!m.find()) return null;
        String title = m.group(2) != null ? m.group(2) : m.group(4);
        Matcher end = TITLE_END.matcher(title);
        if (end.find()) title = title.substring(0, end.start());
        return title.strip().replaceAll("[.,;]+$", "");
    }

    /** "— Name, Title, Org", or the sender's name alone on a line followed by one or two lines of title. */
    private static String signatureTitle(List<String> lines, String fromName) {
        int from = Math.max(0, lines.size() - 8);
        for (int i = lines.size() - 1; i >= from; i--) {
            Matcher m = DASH_SIGNATURE.matcher(lines.get(i));
            if (m.matches() && !CONTACT.matcher(m.group(2)).find()) return m.group(2).strip();
        }
        if (fromName == null || fromName.isBlank()) return null;
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).replaceAll("^[—–~-]+\\s*", "").equalsIgnoreCase(fromName.strip())) continue;
            List<String> title = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && title.size() < 2 && !CONTACT.matcher(lines.get(j)).find(); j++) {
                title.add(lines.get(j));
            }
            if (!title.isEmpty()) return String.join(", ", title);
        }
        return null;
    }

    private static boolean sharesAWord(String name, String fromName) {
        if (fromName == null) return false;
        List<String> words = Arrays.asList(fromName.toLowerCase(Locale.ROOT).split("[\\s,]+"));
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(w -> w.length() > 1 && words.contains(w));
    }
}
