package org.masthead.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.model.Series;

class NoteTemplateTest {

    @ParameterizedTest
    @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "10,10th", "11,11th", "12,12th", "13,13th", "14,14th", "21,21st", "22,22nd",
            "23,23rd", "100,100th", "101,101st", "102,102nd", "111,111th", "112,112th", "113,113th", "1001,1001st"})
    void ordinals(int n, String expected) {
        assertThat(English.ordinal(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"part,1,1 part", "part,4,4 parts", "article,0,0 articles", "entry,2,2 entries", "essay,3,3 essays", "box,2,2 boxes",
            "dispatch,2,2 dispatches", "day,5,5 days"})
    void plurals(String noun, int n, String expected) {
        assertThat(English.count(n, noun)).isEqualTo(expected);
    }

    @Test
    void theDefaultNoteReadsAsEnglish() {
        assertThat(NoteTemplate.render(Series.DEFAULT_NOTE, 2, 4, "Water Wars", "water security"))
                .isEqualTo("Editor's note: This is the 2nd article in a 4-part series on water security.");
    }

    @Test
    void theExampleFromTheIssue() {
        assertThat(NoteTemplate.render("This is the {ordinal} article in a {count}-part series", 2, 4, "S", "T"))
                .isEqualTo("This is the 2nd article in a 4-part series");
    }

    @ParameterizedTest
    @CsvSource({"8,an 8-part series", "11,an 11-part series", "18,an 18-part series", "80,an 80-part series", "1,a 1-part series",
            "3,a 3-part series", "12,a 12-part series", "100,a 100-part series", "800,an 800-part series", "11000,an 11000-part series"})
    void aBecomesAnBeforeNumbersReadWithAVowel(int count, String expected) {
        assertThat(NoteTemplate.render("{part} of a {count}-part series", 1, count, "S", "T")).isEqualTo("1 of " + expected);
    }

    @Test
    void anOrdinalAfterAIsFixedToo() {
        assertThat(NoteTemplate.render("This is a {ordinal} part.", 8, 9, "", "")).isEqualTo("This is an 8th part.");
        assertThat(NoteTemplate.render("A {ordinal} part.", 11, 12, "", "")).isEqualTo("An 11th part.");
        assertThat(NoteTemplate.render("This is a {ordinal} part.", 2, 9, "", "")).isEqualTo("This is a 2nd part.");
        // "a" at the end of a longer word is not the article
        assertThat(NoteTemplate.render("Data {count} rows", 1, 8, "", "")).isEqualTo("Data 8 rows");
    }

    @Test
    void countsWithNounsAgree() {
        assertThat(NoteTemplate.render("One of {count:article} on {topic}, from \"{series}\".", 1, 1, "Rivers", "water"))
                .isEqualTo("One of 1 article on water, from \"Rivers\".");
        assertThat(NoteTemplate.render("{count:essay} in all; this is {part:essay}", 3, 5, "", "")).isEqualTo("5 essays in all; this is 3 essays");
    }

    @Test
    void unknownPlaceholdersStayVisible() {
        assertThat(NoteTemplate.render("Part {part} by {author}", 2, 4, "", "")).isEqualTo("Part 2 by {author}");
    }
}
