package org.masthead.planning.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.PlannedTime;
import org.masthead.model.SiteSettings;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;
import org.masthead.planning.Plan;
import org.masthead.planning.preflight.Finding.Severity;
import org.masthead.planning.preflight.Location.Field;

class PreflightTest {

    private static final ZoneId BJT = ZoneId.of("Asia/Shanghai");
    private static final String INVITATION = "We welcome opinion pieces of 800 to 1,200 words from readers and experts. "
            + "Send yours, with a line about yourself, to opinion@example.org.";

    private static final SiteSettings SITE = new SiteSettings(SiteSettings.DEFAULT.baseUrl(), "en", List.of(), "Opinion",
            SiteSettings.DEFAULT.disclaimer(), SiteSettings.DEFAULT.about(), INVITATION, "", "MM-dd-yyyy HH:mm", List.of(), "", "", "");

    /** A complete, clean article: every check passes on it. */
    private static ArticleContent clean(Block... body) {
        return new ArticleContent("Heat Is the Quiet Disaster of the Megacity", "Cities prepare for floods, not heat.",
                "This is the 2nd article in a 4-part series on extreme heat in cities.",
                List.of(new Author("Priya Raman", "Research Director at the Coastal Cities Adaptation Lab")), "Laura Méndez",
                List.of("climate"), "Figures are from the author's own field measurements.", "en", Document.of(body.length == 0
                        ? new Block[] {Block.Paragraph.of("A flood leaves pictures behind: cars under water, boats in the street.")} : body));
    }

    private static List<Finding> check(ArticleContent c) {
        return check(c, null);
    }

    private static List<Finding> check(ArticleContent c, Plan plan) {
        return new Preflight(SITE, null).check(7, c, plan);
    }

    private static List<Finding> at(List<Finding> l, Field f) {
        return l.stream().filter(x -> x.location().field() == f).toList();
    }

    private static Plan plan(int mine, String... titles) {
        return TestPlans.plan("Heat and the Megacity", "extreme heat in cities", mine, titles);
    }

    @Test
    void aCompleteArticleHasNoFindings() {
        assertThat(check(clean())).isEmpty();
        assertThat(check(clean(), plan(2, "The quiet disaster", "Who pays to cool the streets", "Night heat", "Lessons"))).isEmpty();
    }

    // --- fields ---

    @Test
    void aMissingHeadlineOrBylineIsAnErrorAMissingTitleOrEditorAWarning() {
        ArticleContent c = clean().withHeadline(" ").withByline(List.of()).withResponsibleEditor("");
        List<Finding> l = check(c);
        assertThat(at(l, Field.HEADLINE)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(at(l, Field.BYLINE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("byline");
        });
        assertThat(at(l, Field.RESPONSIBLE_EDITOR)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));

        l = check(clean().withByline(List.of(new Author("Li Wen", "correspondent in Shanghai"), new Author("Nour El-Sayed", ""),
                new Author("", "correspondent"))));
        assertThat(at(l, Field.BYLINE)).extracting(f -> f.location().describe(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("byline[3]", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("byline[2]", Severity.WARNING));
        assertThat(at(l, Field.BYLINE).get(1).message()).contains("Nour El-Sayed has no title");
    }

    @Test
    void aPictureWithoutAltTextIsAWarningAtItsBlock() {
        List<Finding> l = check(clean(Block.Paragraph.of("The waterfront changed in a decade."),
                new Block.Figure("ab12", "The waterfront at dusk.", "Illustration: demo", " "),
                new Block.Figure("cd34", "A restored channel.", "", "A stream through green terraces.")));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(Location.block(Field.FIGURE_ALT, 1, "figure"));
            assertThat(f.location().describe()).isEqualTo("figure alt text (block 2)");
            assertThat(f.message()).contains("“The waterfront at dusk.”", "no alt text");
        });
    }

    // --- printed twice ---

    @Test
    void aPhotoCaptionPrintedTwiceIsAnError() {
        String caption = "Residents fill containers at a public tap in Giza during the summer shortage.";
        // the caption printed again as a paragraph under the picture, with other punctuation and case
        List<Finding> l = check(clean(new Block.Figure("ab12", caption, "Photo: Nour El-Sayed", "People queue at a tap."),
                Block.Paragraph.of("residents fill containers at a public tap in Giza, during the summer shortage"),
                Block.Paragraph.of("The utility says the new mains will reach the district by next year.")));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(Location.block(Field.BLOCK, 1, "paragraph"));
            assertThat(f.message()).contains("repeats the caption of the figure in block 1");
        });
        // the caption doubled inside its own field, as a paste run twice leaves it
        l = check(clean(new Block.Figure("ab12", caption + " " + caption, "", "People queue at a tap.")));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.location().field()).isEqualTo(Field.FIGURE_CAPTION);
            assertThat(f.message()).contains("printed twice in a row");
        });
        // two figures with one caption
        l = check(clean(new Block.Figure("ab12", caption, "", "A tap."), Block.Paragraph.of("Between the pictures."),
                new Block.Figure("cd34", caption, "", "Another tap.")));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(Location.block(Field.FIGURE_CAPTION, 2, "figure"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        // a caption printed inside a longer paragraph
        l = check(clean(new Block.Figure("ab12", caption, "", "A tap."),
                Block.Paragraph.of(caption + " The utility says the new mains will reach the district next year.")));
        assertThat(l).singleElement().satisfies(f -> assertThat(f.message()).contains("repeats the caption"));
    }

    @Test
    void aParagraphPrintedTwiceIsAnErrorAtTheSecondCopy() {
        String p = "Low flat tariffs help whoever is already connected. In most fast-growing cities those are the older districts.";
        List<Finding> l = check(clean(Block.Paragraph.of(p), Block.Heading.of(1, "The subsidy that misses"),
                new Block.Paragraph(List.of(Run.plain("Low flat tariffs help "), Run.italic("whoever"),
                        Run.plain(" is already connected.  In most fast-growing cities, those are the older districts")))));
        assertThat(at(l, Field.BLOCK)).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.location().index()).isEqualTo(2);
            assertThat(f.message()).contains("printed twice", "paragraph 1");
        });
    }

    @Test
    void shortRepeatedLinesAreNotDuplicates() {
        assertThat(check(clean(Block.ListItem.of(false, "Yes."), Block.Paragraph.of("Some text between."),
                Block.ListItem.of(false, "Yes.")))).isEmpty();
    }

    @Test
    void theSameInvitationParagraphRepeatedWithSmallDifferencesIsCaught() {
        String first = "Readers are invited to send opinion pieces of 800 to 1,200 words to opinion@example.org, "
                + "with a short line about themselves and a photo.";
        // PAGE.md: the same invitation repeated with small differences (one word changed)
        String nearlyTheSame = "Readers are invited to send opinion pieces of 800 to 1,200 words to opinion@example.org, "
                + "with a short line about yourself and a photo.";
        List<Finding> l = check(clean(Block.Paragraph.of(first), Block.Paragraph.of(nearlyTheSame)));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().index()).isEqualTo(1);
            assertThat(f.message()).contains("with small differences");
        });
        // more differences: a warning, worth a look
        String rewritten = "Readers are invited to send opinion pieces of 600 to 1,200 words to opinion@example.org, "
                + "with a line about themselves.";
        l = check(clean(Block.Paragraph.of(first), Block.Paragraph.of(rewritten)));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("reads much like paragraph 1");
        });
    }

    @Test
    void bodyTextRepeatingTheBoilerplateOrTheEditorsNoteIsPrintedTwice() {
        // pasted from the old CMS: the invitation the about box prints on every page
        List<Finding> l = check(clean(Block.Paragraph.of("Cities prepare for floods."),
                Block.Paragraph.of("We welcome opinion pieces of 800 to 1,200 words from readers and experts. Send yours with a line "
                        + "about yourself to opinion@example.org")));
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().index()).isEqualTo(1);
            assertThat(f.message()).contains("the about box's invitation");
        });
        l = check(clean(Block.Paragraph.of("This is the 2nd article in a 4-part series on extreme heat in cities."),
                Block.Paragraph.of("A flood leaves pictures behind.")));
        assertThat(l).singleElement().satisfies(f -> assertThat(f.message()).contains("repeats the editor's note"));
    }

    // --- the editor's note against the plan ---

    @Test
    void editorsNoteNumbersAreReadWhateverTheWording() {
        assertThat(NoteNumbers.parse("Editor's note: This is the 2nd article in a 4-part series on heat."))
                .extracting(NoteNumbers::number, NoteNumbers::count).containsExactly(2, 4);
        assertThat(NoteNumbers.parse("This is the second of four articles on heat.")).extracting(NoteNumbers::number, NoteNumbers::count)
                .containsExactly(2, 4);
        assertThat(NoteNumbers.parse("Part 3 of 5 in our series.")).extracting(NoteNumbers::number, NoteNumbers::count)
                .containsExactly(3, 5);
        assertThat(NoteNumbers.parse("The 2th article in a 4-parts series")).extracting(NoteNumbers::number, NoteNumbers::count)
                .containsExactly(2, 4);
        assertThat(NoteNumbers.parse("This is the third and final article in a three\u2011part series."))
                .extracting(NoteNumbers::number, NoteNumbers::isFinal, NoteNumbers::count).containsExactly(3, true, 3);
        assertThat(NoteNumbers.parse("Our series of eight essays ends with this final piece."))
                .extracting(NoteNumbers::number, NoteNumbers::isFinal, NoteNumbers::count).containsExactly(0, true, 8);
        // the first claim counts; "Part 1 looked at" is about another part
        assertThat(NoteNumbers.parse("This is the 2nd article in a 3-part series. Part 1 looked at buried rivers."))
                .extracting(NoteNumbers::number, NoteNumbers::count).containsExactly(2, 3);
        assertThat(NoteNumbers.parse("It runs as the 1st Riverside forum opens.").saysAnything()).isFalse();
        assertThat(NoteNumbers.parse("Written for our occasional series on climate adaptation.").saysAnything()).isFalse();
    }

    @Test
    void anEditorsNoteWhosePartNumberOrCountDisagreesWithThePlanIsAnError() {
        // a part was added in front since the note was written: it is now part 3 of 5
        Plan p = plan(3, "Prelude", "The quiet disaster", "Who pays to cool the streets", "Night heat", "Lessons");
        List<Finding> l = at(check(clean(), p), Field.EDITORS_NOTE);
        assertThat(l).hasSize(2).allMatch(Finding::isError);
        assertThat(l.get(0).message()).contains("says this is part 2", "part 3 of 5");
        assertThat(l.get(1).message()).contains("has 4 parts", "the plan has 5");

        // in other words, same verdict
        l = at(check(clean().withEditorsNote("The second of four essays on heat, compiled from a forum."), p), Field.EDITORS_NOTE);
        assertThat(l).hasSize(2);
        // "final" when the plan has parts after it
        l = at(check(clean().withEditorsNote("This is the final article in a 5-part series on heat."), p), Field.EDITORS_NOTE);
        assertThat(l).singleElement().satisfies(f -> assertThat(f.message()).contains("final part", "part 3 of 5"));
        // the right numbers, in words
        assertThat(at(check(clean().withEditorsNote("Part three of five in our series on extreme heat."), p), Field.EDITORS_NOTE)).isEmpty();
    }

    @Test
    void aNoteThatDoesNotSayWhichPartIsAWarningWhenTheSeriesNoteWould() {
        Plan p = plan(1, "The quiet disaster", "Who pays", "Night heat", "Lessons");
        List<Finding> l = check(clean().withEditorsNote("Written for our occasional series on climate adaptation in megacities."), p);
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("part 1 of 4", "the 1st article in a 4-part series");
        });
    }

    @Test
    void droppedPartsDoNotCount() {
        Plan p = plan(3, "The quiet disaster", "Dropped idea", "Who pays", "Night heat");
        Plan dropped = p.drop(1);
        assertThat(at(check(clean().withEditorsNote("This is the 2nd article in a 3-part series."), dropped), Field.EDITORS_NOTE)).isEmpty();
    }

    // --- teasers ---

    @Test
    void aTeaserNamingATitleThePlanNoLongerHasIsAnError() {
        Plan p = plan(2, "The quiet disaster", "Who pays to cool the streets", "Night heat and the elderly", "Lessons from the tropics");
        List<Finding> l = check(clean(Block.Paragraph.of("A flood leaves pictures behind."),
                Block.Paragraph.of("Stay tuned for the next issue: “Old people and hot nights”")), p);
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(Location.block(Field.BLOCK, 1, "paragraph"));
            assertThat(f.message()).contains("“Old people and hot nights”", "no longer has", "“Night heat and the elderly”");
        });
        // naming another part of the plan
        l = check(clean(Block.Paragraph.of("Stay tuned for the next issue: Lessons from the tropics.")), p);
        assertThat(l).singleElement().satisfies(f -> assertThat(f.message()).contains("which is part 4"));
        // on the last part
        l = check(clean(Block.Paragraph.of("Next in this series: Night heat and the elderly")),
                plan(4, "The quiet disaster", "Who pays", "Night heat and the elderly", "Lessons"));
        assertThat(at(l, Field.BLOCK)).singleElement().satisfies(f -> assertThat(f.message()).contains("last part"));
    }

    @Test
    void aTeaserThatMatchesThePlanWouldBePrintedTwice() {
        Plan p = plan(2, "The quiet disaster", "Who pays to cool the streets", "Night heat and the elderly", "Lessons");
        List<Finding> l = check(clean(Block.Paragraph.of("Stay tuned for the next issue: NIGHT HEAT AND THE ELDERLY")), p);
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("printed twice");
        });
    }

    // --- schedule ---

    @Test
    void aPartScheduledBeforeThePreviousOneIsAWarning() {
        Plan p = plan(3, "The quiet disaster", "Who pays", "Night heat", "Lessons");
        p = p.replace(1, p.parts().get(1).part().withPlanned(new PlannedTime(LocalDateTime.parse("2026-12-17T15:40"), BJT)))
                .replace(2, p.parts().get(2).part().withPlanned(new PlannedTime(LocalDateTime.parse("2026-12-10T15:40"), BJT)));
        List<Finding> l = at(check(clean().withEditorsNote("This is the 3rd article in a 4-part series."), p), Field.SCHEDULE);
        assertThat(l).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("Part 3", "before part 2");
        });
    }

    // --- links ---

    @Test
    void brokenInternalLinksAreErrorsAndExternalOnesAreCheckedForFormOnly() {
        Set<String> pages = Set.of("2026/03/the-cities-that-buried-their-rivers/", "series/water-and-the-city/");
        Preflight p = new Preflight(SiteSettings.DEFAULT, pages::contains);
        ArticleContent c = clean(new Block.Paragraph(List.of(
                Run.link("part one", "/opinion/2026/03/the-cities-that-buried-their-rivers/"),
                Run.plain(", "), Run.link("the series", "https://example.org/opinion/series/water-and-the-city/#parts"),
                Run.plain(", "), Run.link("a lost page", "/opinion/2026/02/no-such-piece/"),
                Run.plain(", "), Run.link("another section", "/news/2026/x.html"),
                Run.plain(", "), Run.link("the lab", "https://example.net/heat-map"),
                Run.plain(", "), Run.link("mail us", "mailto:opinion@example.org"),
                Run.plain(", "), Run.link("the OECD", "www.oecd.org/water"),
                Run.plain(", "), Run.link("a script", "javascript:alert(1)"),
                Run.plain(", "), Run.link("a typo", "https//example.net/x"),
                Run.plain(", "), Run.link("no host", "https://localhost/x"),
                Run.plain(", "), Run.link("bad mail", "mailto:opinion-at-example.org"),
                Run.plain(", "), Run.link("an anchor", "#notes"))));
        List<Finding> l = p.check(7, c, null);
        assertThat(l).allMatch(Finding::isError).allMatch(f -> f.location().equals(Location.block(Field.BLOCK, 0, "paragraph")));
        assertThat(l).extracting(Finding::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("“a lost page”", "leads to no page"),
                m -> assertThat(m).contains("“the OECD”", "no https://"),
                m -> assertThat(m).contains("“a script”", "javascript:"),
                m -> assertThat(m).contains("“a typo”", "colon"),
                m -> assertThat(m).contains("“no host”", "incomplete host"),
                m -> assertThat(m).contains("“bad mail”", "e-mail"));
        // without the list of the site's pages, links inside the site are checked for form only
        assertThat(new Preflight(SiteSettings.DEFAULT, null).check(7, c, null)).hasSize(5);
    }

    // --- house style ---

    @Test
    void houseStyleSlipsAreWarnings() {
        ArticleContent c = clean(Block.Paragraph.of("It is a 8-part plan, an 4-part fix, the 2th step and the 1nd and 3th of them."),
                Block.Paragraph.of("Two  spaces here, and an 11th hour and an 18-month wait, the 21st and 112th."),
                Block.Paragraph.of("[Editor: check the cart-price figure with the author before this goes to the desk.]"),
                Block.Paragraph.of("DRAFT: add the figures from the second-quarter port reports."))
                .withEditorsNote("This is the 2nd article in a 4-parts series on extreme heat in cities.");
        List<Finding> l = check(c);
        assertThat(l).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(at(l, Field.EDITORS_NOTE)).singleElement().satisfies(f -> assertThat(f.message()).contains("“4-parts series”",
                "“4-part series”"));
        assertThat(l.stream().filter(f -> f.location().index() == 0).map(Finding::message).toList()).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("“a 8”", "“an 8”"),
                m -> assertThat(m).contains("“an 4”", "“a 4”"),
                m -> assertThat(m).contains("“2th”", "“2nd”"),
                m -> assertThat(m).contains("“1nd”", "“1st”"),
                m -> assertThat(m).contains("“3th”", "“3rd”"));
        assertThat(l.stream().filter(f -> f.location().index() == 1).map(Finding::message).toList())
                .containsExactly("Two or more spaces between words.");
        assertThat(l.stream().filter(f -> f.location().index() == 2).map(Finding::message).toList())
                .singleElement().asString().contains("note to the desk", "[Editor: check");
        assertThat(l.stream().filter(f -> f.location().index() == 3).map(Finding::message).toList())
                .singleElement().asString().contains("DRAFT:");
    }

    @Test
    void englishRulesStayOutOfOtherLanguages() {
        ArticleContent c = clean(Block.Paragraph.of("Es un plan a 8 años y la 2th no existe.")).withLanguage("es");
        assertThat(check(c)).isEmpty();
    }

    // --- the report ---

    @Test
    void theReportSaysWhichArticlesHaveErrorsAndWhy() {
        Preflight p = new Preflight(null, null);
        List<Finding> all = new ArrayList<>(p.check(1, clean().withHeadline(""), null));
        all.addAll(p.check(2, clean(new Block.Figure("ab", "", "", "")), null));
        PreflightReport r = new PreflightReport(all, 2);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.articlesWithErrors()).containsExactly(1L);
        assertThat(r.refusal("Add --force to export anyway.")).isEqualTo("""
                Preflight found 1 error in 1 article; nothing was exported.
                  1 (untitled):
                    headline: The article has no headline.
                Add --force to export anyway.""");
        assertThat(new PreflightReport(p.check(2, clean(new Block.Figure("ab", "", "", "")), null), 1).hasErrors()).isFalse();
    }
}
