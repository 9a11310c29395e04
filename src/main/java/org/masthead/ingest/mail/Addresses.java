package org.masthead.ingest.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads address lists ({@code From}, {@code To}, {@code Cc}, {@code Reply-To}) forgivingly:
 * {@code "Name" <a@b>}, {@code Name <a@b>}, {@code a@b (Name)}, bare {@code a@b}, groups
 * ({@code undisclosed-recipients:;}), trailing commas, single-quoted names and encoded-words
 * inside quotes. Display names are decoded; addresses are lower-cased. A strict RFC 5322 parser
 * rejects a third of real-world headers, and a wrong display name is worth less than a lost sender.
 */
final class Addresses {

    /** One mailbox; {@code name} may be empty, {@code email} is lower case and may be empty for a name-only entry. */
    record Mailbox(String name, String email) {
    }

    private final EncodedWords words;

    Addresses(EncodedWords words) {
        this.words = words;
    }

    List<Mailbox> parse(String header, String what, Warnings warnings) {
        List<Mailbox> out = new ArrayList<>();
        if (header == null) return out;
        for (String entry : split(header)) {
            Mailbox m = mailbox(entry, what, warnings);
            if (m != null) out.add(m);
        }
        return out;
    }

    private Mailbox mailbox(String entry, String what, Warnings warnings) {
        String e = stripGroup(entry).strip();
        if (e.isEmpty()) return null;
        int lt = lastIndexOutsideQuotes(e, '<');
        String email;
        String name;
        if (lt >= 0) {
            int gt = e.indexOf('>', lt);
            email = (gt < 0 ? e.substring(lt + 1) : e.substring(lt + 1, gt)).strip();
            name = e.substring(0, lt);
        } else {
            String comment = comment(e);
            email = removeComments(e).strip();
            name = comment == null ? "" : comment;
        }
        if (!looksLikeAddress(email)) { // a name with no address at all, or junk
            name = lt >= 0 ? name + " " + email : e;
            email = "";
        }
        if (email.startsWith("mailto:")) email = email.substring(7);
        email = email.toLowerCase(Locale.ROOT);
        name = unquote(words.decode(unquote(name.strip()), what, warnings)).strip();
        if (name.equalsIgnoreCase(email)) name = "";
        return new Mailbox(name.replaceAll("\\s+", " "), email);
    }

    /** One word without white space, quotes or brackets; "@" is optional, since local names ("postmaster") are addresses too. */
    private static boolean looksLikeAddress(String s) {
        if (s.isEmpty() || s.length() > 320) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == '=') {
                return false;
            }
        }
        return true;
    }

    /** "Group: a@b, c@d;" keeps the members; the list splitter has already split at the commas. */
    private static String stripGroup(String entry) {
        String e = entry.strip();
        if (e.endsWith(";")) e = e.substring(0, e.length() - 1);
        int colon = indexOutsideQuotes(e, ':');
        int lt = indexOutsideQuotes(e, '<');
        int at = e.indexOf('@');
        if (colon >= 0 && (lt < 0 || colon < lt) && (at < 0 || colon < at)) e = e.substring(colon + 1);
        return e;
    }

    /** Splits at commas that are not inside quotes, angle brackets or comments. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int paren = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"' && paren == 0) quoted = !quoted;
            else if (!quoted && c == '<') angle++;
            else if (!quoted && c == '>' && angle > 0) angle--;
            else if (!quoted && c == '(') paren++;
            else if (!quoted && c == ')' && paren > 0) paren--;
            if (c == ',' && !quoted && angle == 0 && paren == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static int indexOutsideQuotes(String s, char target) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == target && !quoted) return i;
        }
        return -1;
    }

    private static int lastIndexOutsideQuotes(String s, char target) {
        boolean quoted = false;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == target && !quoted) found = i;
        }
        return found;
    }

    private static String comment(String s) {
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        return open >= 0 && close > open ? s.substring(open + 1, close) : null;
    }

    private static String removeComments(String s) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.append(c);
        }
        return sb.toString();
    }

    /** Drops one pair of surrounding double or single quotes and undoes backslash escapes inside double quotes. */
    static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) return s.substring(1, s.length() - 1);
        return s;
    }
}
