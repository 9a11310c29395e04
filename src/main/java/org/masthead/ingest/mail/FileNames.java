package org.masthead.ingest.mail;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Safe file names for attachments. A sender chooses the name, so it may hold a path
 * ({@code /tmp/whoa}, {@code C:\evil\x.gif}), a newline, bidirectional overrides that disguise
 * the extension, a Windows device name or a thousand characters. The cleaned name is a single
 * path segment that every common file system accepts, keeps the extension, and is never empty.
 * Cleaning is not the only guard: whoever writes the file still resolves it inside the chosen
 * folder and checks that it stayed there.
 */
public final class FileNames {

    /** At most this many characters, extension included. */
    public static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION = 16;
    private static final String FALLBACK = "attachment";
    private static final String FORBIDDEN = "<>:\"|?*";
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /** The last path segment of {@code name}, without controls, reserved characters, leading dots or excess length. */
    public static String clean(String name) {
        if (name == null) return FALLBACK;
        String s = withoutControls(name);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        if (s.length() >= 2 && s.charAt(1) == ':' && Character.isLetter(s.charAt(0))) s = s.substring(2); // "C:name"
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
        }
        s = sb.toString().replaceAll(" {2,}", " ");
        s = trim(s);
        if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) return FALLBACK;
        String base = baseName(s);
        if (DEVICE_NAMES.contains(base.toLowerCase(Locale.ROOT).strip())) s = "_" + s;
        return limit(s);
    }

    /**
     * {@code name} itself when no name in {@code taken} equals it (ignoring case, as Windows and
     * macOS do), else {@code "name (2).ext"}, {@code "name (3).ext"}, ...
     */
    public static String unique(String name, Collection<String> taken) {
        Set<String> lower = new java.util.HashSet<>();
        for (String t : taken) lower.add(t.toLowerCase(Locale.ROOT));
        if (!lower.contains(name.toLowerCase(Locale.ROOT))) return name;
        String base = baseName(name);
        String ext = name.substring(base.length());
        for (int n = 2; ; n++) {
            String candidate = limit(base + " (" + n + ")" + ext);
            if (!lower.contains(candidate.toLowerCase(Locale.ROOT))) return candidate;
        }
    }

    /** The extension with its dot ({@code ".gif"}), or "" when there is none or it is implausibly long. */
    public static String extension(String name) {
        return name.substring(baseName(name).length());
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.length() - dot > MAX_EXTENSION + 1 || name.substring(dot + 1).isBlank()) return name;
        return name.substring(0, dot);
    }

    /** Newlines and tabs become spaces; other controls and invisible format characters (bidi overrides) go. */
    private static String withoutControls(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') sb.append(' ');
            else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) return;
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    /** No leading dots or spaces (hidden files), no trailing dots or spaces (Windows drops them). */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start)))) start++;
        while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) end--;
        return s.substring(start, end);
    }

    private static String limit(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_LENGTH) return s;
        String ext = extension(s);
        String base = s.substring(0, s.length() - ext.length());
        int keep = MAX_LENGTH - ext.codePointCount(0, ext.length());
        String cut = base.substring(0, base.offsetByCodePoints(0, Math.max(keep, 1)));
        return trim(cut) + ext;
    }
}
