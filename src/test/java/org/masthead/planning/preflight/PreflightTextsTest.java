package org.masthead.planning.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.SiteSettings;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.planning.Plan;

/**
 * The findings on a handful of realistic articles, word for word: what the checks said before
 * they were made fast (these expectations were first run against the code as it was) and must
 * go on saying. The texts mix plain ASCII with what real copy carries: curly quotes, dashes,
 * ellipses, no-break spaces, accents precomposed and combining, ligatures and full-width digits.
 */
class PreflightTextsTest {

    private static final String DISCLAIMER = SiteSettings.DEFAULT.disclaimer();

    private static ArticleContent article(String language, String note, Block... body) {
        return new ArticleContent("When the River Comes Back", "A city digs up what it buried.", note,
                List.of(new Author("Amina Okafor", "Urban historian at the Lagos Institute")), "Laura Méndez", List.of("cities"),
                "", language, Document.of(body));
    }

    private static List<String> check(ArticleContent c, Plan plan) {
        return new Preflight(SiteSettings.DEFAULT, null).check(7, c, plan).stream()
                .map(f -> f.severity().key() + " " + f.location().describe() + ": " + f.message()).toList();
    }

    private static Plan plan(int mine, String... titles) {
        return TestPlans.plan("Water and the City", "rivers in cities", mine, titles);
    }

    private static final String RIVER = "For a century the city’s engineers treated the river as a drain — something to be "
            + "straightened, lined with concrete and, eventually, buried under a six-lane road. The “progress” they promised "
            + "lasted exactly as long as the next flood…";

    @Test
    void anEnglishOpinionPieceWithRepeatsAndSlips() {
        ArticleContent c = article("en", "This is the 2nd article in a 4-part series on rivers in cities.",
                Block.Paragraph.of(RIVER),
                Block.Heading.of(1, "What the\u00a0road hid"),
                // the same paragraph, edited in one place and with straight quotes: an error
                Block.Paragraph.of(RIVER.replace("six-lane", "four-lane").replace("“progress”", "\"progress\"")),
                Block.Paragraph.of("Residents remember the smell before they remember the water. In the 1970s the council voted, "
                        + "without much debate, to cover the last open stretch; the minutes run to a single page."),
                // much like the paragraph above, but not the same: a warning
                Block.Paragraph.of("Residents still remember the smell before they remember the water. In the 1970s the council "
                        + "voted, without much debate, to cover the last open stretch; the minutes run to one page."),
                new Block.Figure("ab12", "Children wade in the reopened channel below the old market hall.", "Photo: K. Adeyemi",
                        "Children in shallow water."),
                Block.Paragraph.of("On opening day children wade in the reopened channel below the old market hall, and the "
                        + "mayor, for once, says nothing."),
                Block.Quote.of("“We did not bury a river. We buried a problem we did not want to see.” "
                        + "“We did not bury a river. We buried a problem we did not want to see.”"),
                Block.Paragraph.of("The 2th phase, a 8-part programme, starts in spring; critics call it a 4-parts series  of "
                        + "photo opportunities. [Ed: check the budget figure] TK"),
                Block.Paragraph.of(DISCLAIMER.replace("author's", "author’s")),
                Block.Paragraph.of("Next in this series: “The Reservoirs Nobody Wanted”."));
        assertThat(check(c, plan(2, "The river under the road", "When the River Comes Back", "Rain gardens", "What comes next")))
                .containsExactly(
                        "error block 3 (paragraph): The paragraph is printed twice with small differences: 94% of its words are "
                                + "those of paragraph 1.",
                        // the caption again, inside a longer paragraph
                        "error block 7 (paragraph): The paragraph repeats the caption of the figure in block 6 (“Children wade in "
                                + "the reopened channel below the old market…”): printed twice.",
                        "error block 8 (quote): The quote is printed twice in a row: ““We did not bury a river. We buried a "
                                + "problem we did not want to see.” “We did…”",
                        "error block 10 (paragraph): The paragraph repeats the disclaimer, which the page prints anyway.",
                        "error block 11 (paragraph): The teaser names “The Reservoirs Nobody Wanted”, a title the plan no longer "
                                + "has; the next part is “Rain gardens”.",
                        "warning block 5 (paragraph): The paragraph reads much like paragraph 4 (85% of the words shared): the "
                                + "same paragraph repeated?",
                        "warning block 9 (paragraph): House style: “4-parts series” should read “4-part series”.",
                        "warning block 9 (paragraph): House style: “2th” should read “2nd”.",
                        "warning block 9 (paragraph): House style: “a 8” should read “an 8”.",
                        "warning block 9 (paragraph): Two or more spaces between words.",
                        "warning block 9 (paragraph): A note to the desk is left in the text: “[Ed: check the budget figure] TK”.");
    }

    @Test
    void accentsLigaturesAndWidthsAreTheSameWordsWhicheverWayTheyAreTyped() {
        String precomposed = "Le café de la gare ﬁnance depuis 2019 la rénovation du quai ; l’œuvre coûte ２ millions "
                + "d’euros et personne n’en parle à la mairie.";
        String typedOtherwise = "Le cafe\u0301 de la gare finance depuis 2019 la re\u0301novation du quai ; l'œuvre coûte 2 millions "
                + "d'euros et personne n'en parle à la mairie.";
        ArticleContent c = article("fr", "",
                Block.Paragraph.of(precomposed),
                Block.Paragraph.of("Entre les deux, la ville a changé : les berges sont ouvertes, les enfants jouent au bord de l’eau."),
                Block.Paragraph.of(typedOtherwise),
                Block.Paragraph.of("Straße, Maß und Fuß: drei Wörter, die kein Großbuchstabe je schreiben musste, und doch…"),
                Block.Paragraph.of("STRASSE, Maß und Fuß: drei Wörter, die kein Großbuchstabe je schreiben musste, und doch…"));
        assertThat(check(c, null)).containsExactly(
                "error block 3 (paragraph): The paragraph is printed twice: the same text as paragraph 1.",
                // "STRASSE" is not "Straße": lower case does not fold ß
                "warning block 5 (paragraph): The paragraph reads much like paragraph 4 (86% of the words shared): the same "
                        + "paragraph repeated?");
    }

    @Test
    void shortPassagesCaptionsAndTheEditorsNote() {
        String note = "Part two of four. The author has advised the city's water board since 2021 and writes in a personal capacity.";
        ArticleContent c = article("en", note,
                Block.ListItem.of(false, "Yes."),
                Block.ListItem.of(false, "Yes."),
                new Block.Figure("cd34", "A heron on the new weir, March 2026.", "", "A heron."),
                Block.Paragraph.of("A heron on the new weir, March 2026."),
                Block.Paragraph.of("The author has advised the city’s water board since 2021 and writes in a personal capacity."),
                Block.Paragraph.of("Stay tuned for the next issue: “Rain Gardens”."));
        assertThat(check(c, null)).containsExactly(
                "error block 4 (paragraph): The paragraph repeats the caption of the figure in block 3 as body text: printed twice.",
                "warning block 5 (paragraph): The paragraph reads much like the editor's note, which the page prints anyway "
                        + "(79% of the words shared).",
                "warning block 6 (paragraph): A next-part teaser naming “Rain Gardens” in an article that is no part of a series plan.");
    }
}
