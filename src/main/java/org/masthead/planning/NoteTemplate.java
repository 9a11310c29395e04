package org.masthead.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's-note template of a series. Placeholders:
 * <ul>
 *   <li>{@code {part}} the part's number, {@code {ordinal}} the number as "2nd";</li>
 *   <li>{@code {count}} the number of parts, {@code {series}} the title, {@code {topic}} the topic;</li>
 *   <li>{@code {count:article}} the count with a noun in the right number: "1 article", "4 articles".</li>
 * </ul>
 * "a" before a placeholder becomes "an" where the number is read with a vowel sound:
 * "an 8-part series", "an 11th article". Unknown placeholders are left as written, so a typo
 * shows in the note instead of disappearing.
 */
public final class NoteTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(part|ordinal|count|series|topic)(?::([\\p{L}-]+))?}");

    private NoteTemplate() {
    }

    public static String render(String template, int part, int count, String series, String topic) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            String value = switch (m.group(1)) {
                case "part" -> m.group(2) == null ? Integer.toString(part) : English.count(part, m.group(2));
                case "ordinal" -> English.ordinal(part);
                case "count" -> m.group(2) == null ? Integer.toString(count) : English.count(count, m.group(2));
                case "series" -> series;
                default -> topic;
            };
            fixArticle(out, value);
            out.append(value);
            last = m.end();
        }
        out.append(template.substring(last));
        return out.toString();
    }

    /** Turns a trailing "a " into "an " (or "A " into "An ") when the value starts with a vowel sound. */
    private static void fixArticle(StringBuilder out, String value) {
        int n = out.length();
        if (n < 2 || out.charAt(n - 1) != ' ') return;
        char a = out.charAt(n - 2);
        if (a != 'a' && a != 'A') return;
        if (n >= 3 && Character.isLetterOrDigit(out.charAt(n - 3))) return; // "data ", "banana "
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && English.startsWithVowelSound(value)) {
            out.insert(n - 1, 'n');
        }
    }
}
