package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionTitleTest {

    @Test
    void aRealSubjectIsTheTitleWithoutItsReplyPrefixes() {
        assertThat(SubmissionTitle.choose("Give the rivers back to the cities", "Rivers", "x")).isEqualTo("Give the rivers back to the cities");
        assertThat(SubmissionTitle.choose("Fwd: RE: Give the rivers back", null, null)).isEqualTo("Give the rivers back");
        assertThat(SubmissionTitle.choose("AW: Wasser für alle", null, null)).isEqualTo("Wasser für alle");
    }

    @Test
    void aGenericLabelBeforeARealTitleIsCutOff() {
        assertThat(SubmissionTitle.choose("Op-ed submission: Give the rivers back", null, null)).isEqualTo("Give the rivers back");
        assertThat(SubmissionTitle.choose("Tribune – Rendre les fleuves aux villes", null, null)).isEqualTo("Rendre les fleuves aux villes");
        assertThat(SubmissionTitle.choose("投稿：让河流回到城市", null, null)).isEqualTo("让河流回到城市");
        assertThat(SubmissionTitle.choose("Brexit: the next ten years", null, null)).isEqualTo("Brexit: the next ten years");
    }

    @Test
    void aGenericOrEmptySubjectGivesWayToTheDocumentTitleThenTheFirstLine() {
        for (String generic : new String[] {"Submission", "Op-ed submission", "Opinion piece", "ARTICLE", "(no subject)", "Fwd:",
                "Re:", "AW:", "For your consideration", "Gastbeitrag", "Proposition de tribune", "Artículo de opinión", "投稿", "", null}) {
            assertThat(SubmissionTitle.choose(generic, "Rivers and cities", "Dear editor")).as(String.valueOf(generic))
                    .isEqualTo("Rivers and cities");
        }
        assertThat(SubmissionTitle.choose("Op-ed", "  ", "  Give the rivers back\n")).isEqualTo("Give the rivers back");
        assertThat(SubmissionTitle.choose(null, null, null)).isEmpty();
    }

    @Test
    void aLongFirstLineIsCutAtAWord() {
        String line = "This is a very long first line that goes on ".repeat(6);
        String title = SubmissionTitle.choose("", "", line);
        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(SubmissionTitle.MAX_LENGTH + 1);
        assertThat(title).doesNotContain("  ").startsWith("This is a very long");
    }
}
