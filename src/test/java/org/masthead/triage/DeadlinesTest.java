package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.triage.Deadlines.DeadlineSuggestion;

class DeadlinesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z"); // Monday 10:00 in Berlin
    final Deadlines deadlines = Deadlines.withHouseDefaults();

    DeadlineSuggestion suggest(String body, String subject) {
        return deadlines.suggest(body, subject, MONDAY, BERLIN);
    }

    static Instant endOfDay(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 23, 59).atZone(BERLIN).toInstant();
    }

    @Test
    void anExclusiveWithAWindowIsDueWhenTheWindowEnds() {
        DeadlineSuggestion s = suggest("Dear editor,\n\nI am offering this exclusively to your paper. "
                + "Please let me know within 48 hours whether you would like to run it.\n\nBest, Ana", "Op-ed: rivers");
        assertThat(s.exclusive()).isTrue();
        assertThat(s.answerDue()).isEqualTo(MONDAY.plus(Duration.ofHours(48)));
        assertThat(s.exclusiveUntil()).isEqualTo(s.answerDue());
        assertThat(s.reason()).contains("'offering this exclusively' in the body").contains("'within 48 hours' in the body");
    }

    @Test
    void anExclusiveWithoutAWindowGetsTheHouseDefault() {
        DeadlineSuggestion s = suggest("Here is my piece on housing.", "EXCLUSIVE: Why rents keep rising");
        assertThat(s.exclusive()).isTrue();
        assertThat(s.exclusiveUntil()).isNull();
        assertThat(s.answerDue()).isEqualTo(MONDAY.plus(Duration.ofHours(48)));
        assertThat(s.reason()).contains("'EXCLUSIVE' in the subject").contains("house default of 48 hours");
    }

    @Test
    void anOrdinarySubmissionIsDueAfterTheOtherDefaultAndTheDefaultsAreParameters() {
        assertThat(suggest("Please find my article attached.", "Submission").answerDue()).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
        DeadlineSuggestion s = new Deadlines(Duration.ofHours(24), Duration.ofDays(10)).suggest("Here it is.", "", MONDAY, BERLIN);
        assertThat(s.exclusive()).isFalse();
        assertThat(s.answerDue()).isEqualTo(MONDAY.plus(Duration.ofDays(10)));
        assertThat(s.reason()).isEqualTo("no exclusive offer or window found, so the house default of 10 days");
        assertThat(new Deadlines(Duration.ofHours(24), Duration.ofDays(10)).suggest("", "Exclusive", MONDAY, BERLIN).answerDue())
                .isEqualTo(MONDAY.plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> new Deadlines(Duration.ofHours(-1), Duration.ZERO)).hasMessageContaining("negative");
    }

    @Test
    void windowsInTheirManyForms() {
        assertThat(suggest("Could you answer in the next 24 hours?", "").answerDue()).isEqualTo(MONDAY.plus(Duration.ofHours(24)));
        assertThat(suggest("Could you let me know by Friday?", "").answerDue()).isEqualTo(endOfDay(2026, 3, 6));
        assertThat(suggest("The offer stands until 5 December.", "").answerDue()).isEqualTo(endOfDay(2026, 12, 5));
        assertThat(suggest("I need your decision by March 4th, please.", "").answerDue()).isEqualTo(endOfDay(2026, 3, 4));
        assertThat(suggest("If I do not hear back in two days I will offer it elsewhere.", "").answerDue())
                .isEqualTo(MONDAY.plus(Duration.ofDays(2)));
        DeadlineSuggestion h = suggest("Attached.", "Exclusive 72h: the water wars");
        assertThat(h.answerDue()).isEqualTo(MONDAY.plus(Duration.ofHours(72)));
        assertThat(h.exclusiveUntil()).isEqualTo(h.answerDue());
        assertThat(h.reason()).contains("'72h' in the subject");
    }

    @Test
    void theEarliestOfSeveralWindowsWins() {
        DeadlineSuggestion s = suggest("You have it exclusively for a week. But please reply by tomorrow if you can.", "");
        assertThat(s.answerDue()).isEqualTo(endOfDay(2026, 3, 3));
        assertThat(s.reason()).contains("'by tomorrow' in the body");
    }

    @Test
    void otherLanguagesOfferExclusivesToo() {
        assertThat(suggest("Je vous propose ce texte en exclusivité, réponse sous 48 heures svp.", "Tribune").answerDue())
                .isEqualTo(MONDAY.plus(Duration.ofHours(48)));
        assertThat(suggest("Ich biete Ihnen diesen Beitrag exklusiv an.", "Gastbeitrag").exclusive()).isTrue();
        assertThat(suggest("Le ofrezco este artículo en exclusiva.", "").exclusive()).isTrue();
        assertThat(suggest("Le offro questo articolo in esclusiva.", "").exclusive()).isTrue();
    }

    @Test
    void theArticlesOwnSentencesAreNotDeadlines() {
        DeadlineSuggestion s = suggest("Within 24 hours of the flood, the city had lost power. Fishing fleets crowd the "
                + "exclusive economic zone. These aims are mutually exclusive. Two days ago the minister resigned.",
                "Floods and power");
        assertThat(s.exclusive()).isFalse();
        assertThat(s.answerDue()).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
    }

    @Test
    void aNonExclusiveOfferIsNotExclusive() {
        assertThat(suggest("This is a non-exclusive submission; I have sent it to other papers too.", "").exclusive()).isFalse();
        assertThat(suggest("To be clear, this piece is not an exclusive offer.", "").exclusive()).isFalse();
    }
}
