package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.planning.English;

/**
 * House-style slips a reader notices and nobody means: "a 4-parts series", "the 2th article",
 * "a 8-part series", two spaces between words, and a note to the desk left in the text
 * ("[Editor: check this]", "TK"). Only clear slips: nothing here is a matter of taste. The
 * English rules apply to articles in English only.
 */
final class StyleChecks {

    private static final String NUM = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Pattern PARTS_SERIES = Pattern.compile("(?i)\\b" + NUM + "(\\s*-\\s*|\\s+)(part|article|piece)s\\s+series\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,6})(st|nd|rd|th)\\b");
    private static final Pattern A_NUMBER = Pattern.compile("\\b(a|an|A|An)\\s+(\\d[\\d,]*)");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("\\S( {2,})\\S");
    private static final Pattern DESK_NOTE = Pattern.compile(
            "(?i:\\[\\s*(?:ed|eds|editor|editors|author|authors|desk|note to (?:the )?(?:editor|editors|desk)|tk|todo|check)\\s*[.:][^\\]]*])"
                    + "|\\bTK\\b|^(?:DRAFT|TODO|FIXME|XXX)\\s*:");

    private StyleChecks() {
    }

    static void check(ArticleContent c, Sink out) {
        check(c, Text.marks(c.body().blocks()), out);
    }

    /** @param marks {@link Text#marks} of the text each block shows (see {@link Text#marks(List)}) */
    static void check(ArticleContent c, int[] marks, Sink out) {
        boolean english = c.language().toLowerCase(java.util.Locale.ROOT).startsWith("en");
        text(c.headline(), Location.of(Location.Field.HEADLINE), english, out);
        text(c.summary(), Location.of(Location.Field.SUMMARY), english, out);
        text(c.editorsNote(), Location.of(Location.Field.EDITORS_NOTE), english, out);
        text(c.sourceNote(), Location.of(Location.Field.SOURCE_NOTE), english, out);
        List<Block> blocks = c.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (marks[i] == 0) continue; // nothing any pattern needs: no slip
            Block b = blocks.get(i);
            if (b instanceof Block.TextBlock t) {
                text(t.text(), marks[i], Location.block(Location.Field.BLOCK, i, Sink.kind(b)), english, out);
            } else if (b instanceof Block.Figure f) {
                text(f.caption(), marks[i], Location.block(Location.Field.FIGURE_CAPTION, i, "figure"), english, out);
            }
        }
    }

    static void text(String s, Location where, boolean english, Sink out) {
        text(s, Text.marks(s), where, english, out);
    }

    private static void text(String s, int marks, Location where, boolean english, Sink out) {
        if (s == null || marks == 0 || s.isBlank()) return;
        for (String slip : slips(s, english, marks)) out.warning(where, slip);
    }

    /**
     * The slips in one text, each as a message. Each pattern runs only on a text that has what
     * any match of it needs (see {@link Text}): "series", a digit, two spaces, a bracket, "TK" or
     * a colon; most paragraphs have few of those.
     */
    static List<String> slips(String s, boolean english) {
        return slips(s, english, Text.marks(s));
    }

    private static List<String> slips(String s, boolean english, int marks) {
        List<String> out = new ArrayList<>(0);
        if (english) {
            Matcher m;
            if ((marks & Text.SERIES) != 0) {
                m = PARTS_SERIES.matcher(s);
                while (m.find()) {
                    out.add("House style: " + Sink.quote(m.group(), 40) + " should read “" + m.group(1) + "-" + m.group(3) + " series”.");
                }
            }
            if ((marks & Text.DIGIT) != 0) {
                m = ORDINAL.matcher(s);
                while (m.find()) {
                    String right = English.ordinal(Integer.parseInt(m.group(1)));
                    String written = m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT);
                    if (!right.equals(written)) out.add("House style: " + Sink.quote(m.group(), 20) + " should read “" + right + "”.");
                }
                m = A_NUMBER.matcher(s);
                while (m.find()) {
                    boolean an = m.group(1).length() == 2;
                    boolean vowel = English.startsWithVowelSound(m.group(2));
                    if (an != vowel) {
                        String fixed = (an ? m.group(1).substring(0, 1) : m.group(1) + "n") + " " + m.group(2);
                        out.add("House style: " + Sink.quote(m.group(), 20) + " should read “" + fixed + "”.");
                    }
                }
            }
        }
        if ((marks & Text.DOUBLE_SPACE) != 0 && DOUBLE_SPACE.matcher(s).find()) out.add("Two or more spaces between words.");
        if ((marks & Text.DESK) != 0) {
            Matcher d = DESK_NOTE.matcher(s.strip());
            if (d.find()) out.add("A note to the desk is left in the text: " + Sink.quote(s.strip().substring(d.start()), 60) + ".");
        }
        return out;
    }
}
