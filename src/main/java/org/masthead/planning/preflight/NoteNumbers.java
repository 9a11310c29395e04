package org.masthead.planning.preflight;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an editor's note says about the article's place in its series, whatever the wording:
 * "the 2nd article in a 4-part series", "the second of four articles", "part 2 of 4", "the
 * third and final piece", "a series of four essays". Ordinals may be digits with any suffix
 * (a "2th" still says 2) or words up to "twelfth"; counts digits or words up to "twelve".
 * Only the first claim of each kind counts, so "This is the 2nd article ... Part 1 looked at
 * ..." says 2; a bare "Part 1" is never taken as a claim about this article.
 *
 * @param number    the part number claimed, or 0 for none
 * @param isFinal   the note says this is the final part
 * @param count     the number of parts claimed, or 0 for none
 * @param numberAt  the words that claim the number ("2nd article"), or ""
 * @param countAt   the words that claim the count ("4-part series"), or ""
 */
record NoteNumbers(int number, boolean isFinal, int count, String numberAt, String countAt) {

    static final NoteNumbers NONE = new NoteNumbers(0, false, 0, "", "");

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth");
    private static final List<String> CARDINALS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");
    private static final String ORD = "(\\d{1,3}(?:st|nd|rd|th)|" + String.join("|", ORDINALS) + ")";
    private static final String NUM = "(\\d{1,3}|" + String.join("|", CARDINALS) + ")";
    private static final String PIECE = "(?:article|part|piece|instal{1,2}ment|essay|column|commentary|contribution|entry|episode|op-ed)s?";

    /** "part 2 of 4", "part two of a four-part series". */
    private static final Pattern PART_OF = Pattern.compile("\\bpart\\s+" + NUM + "\\s+(?:of|in)\\s+(?:a\\s+|the\\s+)?" + NUM + "\\b");
    /** "the second of four articles". */
    private static final Pattern ORD_OF = Pattern.compile("\\b" + ORD + "\\s+of\\s+(?:the\\s+)?" + NUM + "\\b");
    /** "the 2nd article", "the third and final piece", "the 3rd, and last, part". */
    private static final Pattern ORD_PIECE = Pattern.compile("\\b" + ORD + "(\\s*,?\\s+and\\s+(?:final|last)\\s*,?)?\\s+(?:\\w+\\s+)?" + PIECE + "\\b");
    /** "the final article", "the final part". */
    private static final Pattern FINAL_PIECE = Pattern.compile("\\b(?:the|this|our)\\s+final\\s+" + PIECE + "\\b");
    /** "4-part series", "four-part series", "4-parts series", "3-article series". */
    private static final Pattern N_PART = Pattern.compile("\\b" + NUM + "(?:\\s*-\\s*|\\s+)" + PIECE + "\\s+series\\b");
    /** "a series of four essays", "in four parts". */
    private static final Pattern SERIES_OF = Pattern.compile("\\b(?:series\\s+of|in)\\s+" + NUM + "\\s+" + PIECE + "\\b");

    static NoteNumbers parse(String note) {
        if (note == null || note.isBlank()) return NONE;
        String s = note.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015]", "-").replaceAll("\\s+", " ");
        int number = 0;
        boolean fin = false;
        int count = 0;
        String numberAt = "";
        String countAt = "";
        int numberPos = Integer.MAX_VALUE;
        int countPos = Integer.MAX_VALUE;

        Matcher m = PART_OF.matcher(s);
        if (m.find()) {
            number = value(m.group(1));
            numberAt = m.group();
            numberPos = m.start();
            count = value(m.group(2));
            countAt = m.group();
            countPos = m.start();
        }
        m = ORD_OF.matcher(s);
        if (m.find() && m.start() < numberPos) {
            number = value(m.group(1));
            numberAt = m.group();
            numberPos = m.start();
            if (m.start() < countPos) {
                count = value(m.group(2));
                countAt = m.group();
                countPos = m.start();
            }
        }
        m = ORD_PIECE.matcher(s);
        if (m.find() && m.start() < numberPos) {
            number = value(m.group(1));
            fin = m.group(2) != null;
            numberAt = m.group();
            numberPos = m.start();
        }
        m = FINAL_PIECE.matcher(s);
        if (m.find() && m.start() < numberPos) {
            number = 0;
            fin = true;
            numberAt = m.group();
        }
        for (Pattern p : List.of(N_PART, SERIES_OF)) {
            m = p.matcher(s);
            if (m.find() && m.start() < countPos) {
                count = value(m.group(1));
                countAt = m.group();
                countPos = m.start();
            }
        }
        return new NoteNumbers(number, fin, count, numberAt, countAt);
    }

    boolean saysAnything() {
        return number > 0 || isFinal || count > 0;
    }

    /** 2 for "2", "2nd", "2th", "two", "second". */
    static int value(String w) {
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) digits++;
        if (digits > 0) return Integer.parseInt(w.substring(0, digits));
        int i = ORDINALS.indexOf(w);
        if (i >= 0) return i + 1;
        return CARDINALS.indexOf(w) + 1;
    }
}
