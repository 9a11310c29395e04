package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.masthead.triage.Scores.Criterion;
import org.masthead.triage.Scores.Summary;

class ScoresTest {

    @Test
    void averagesLeaveOutWhatWasNotScored() {
        Map<Criterion, Integer> partial = new HashMap<>();
        partial.put(Criterion.ARGUMENT, 3);
        partial.put(Criterion.WRITING, null);
        Summary s = Scores.of(List.of(
                Map.of(Criterion.ARGUMENT, 4, Criterion.ORIGINALITY, 5, Criterion.WRITING, 4),
                partial,
                Map.of(Criterion.ARGUMENT, 5, Criterion.WRITING, 3)));
        assertThat(s.reviews()).isEqualTo(3);
        assertThat(s.format(Criterion.ARGUMENT)).isEqualTo("4.0");
        assertThat(s.format(Criterion.ORIGINALITY)).isEqualTo("5.0");
        assertThat(s.format(Criterion.WRITING)).isEqualTo("3.5");
        assertThat(s.format(Criterion.TIMELINESS)).isEqualTo("–");
        assertThat(s.average(Criterion.TIMELINESS)).isEmpty();
        // 4+5+4+3+5+3 = 24 over six scores
        assertThat(s.formatOverall()).isEqualTo("4.0");
    }

    @Test
    void oneDecimalRoundedHalfUpInEveryLocale() {
        assertThat(Scores.format(OptionalDouble.of(4.25))).isEqualTo("4.3");
        assertThat(Scores.format(OptionalDouble.of(13.0 / 3))).isEqualTo("4.3");
        assertThat(Scores.format(OptionalDouble.of(3.95))).isEqualTo("4.0");
        Summary s = Scores.of(List.of(Map.of(Criterion.WRITING, 2), Map.of(Criterion.WRITING, 3), Map.of(Criterion.WRITING, 3)));
        assertThat(s.formatOverall()).isEqualTo("2.7");
    }

    @Test
    void noReviewsNoFiguresAndBadScoresAreRefused() {
        Summary none = Scores.of(List.of());
        assertThat(none.formatOverall()).isEqualTo("–");
        assertThat(none.overall()).isEmpty();
        assertThatThrownBy(() -> Scores.of(List.of(Map.of(Criterion.TIMELINESS, 6)))).hasMessage("Timeliness score 6 is outside 1..5");
        assertThatThrownBy(() -> Scores.of(List.of(Map.of(Criterion.ARGUMENT, 0)))).hasMessageContaining("outside");
    }
}
