package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.editor.ParagraphDiff.Op.ADDED;
import static org.masthead.ui.editor.ParagraphDiff.Op.REMOVED;
import static org.masthead.ui.editor.ParagraphDiff.Op.SAME;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.ui.editor.ParagraphDiff.Line;

class ParagraphDiffTest {

    @Test
    void identicalTextsAreAllSame() {
        assertThat(ParagraphDiff.diff(List.of("a", "b"), List.of("a", "b")))
                .containsExactly(new Line(SAME, "a"), new Line(SAME, "b"));
    }

    @Test
    void aChangedParagraphIsRemovedThenAdded() {
        assertThat(ParagraphDiff.diff(List.of("a", "b", "c"), List.of("a", "B", "c")))
                .containsExactly(new Line(SAME, "a"), new Line(REMOVED, "b"), new Line(ADDED, "B"), new Line(SAME, "c"));
    }

    @Test
    void insertionsAndDeletionsKeepTheCommonParagraphs() {
        List<Line> d = ParagraphDiff.diff(List.of("x", "a", "b", "c", "d"), List.of("a", "c", "new", "d", "end"));
        assertThat(d).containsExactly(new Line(REMOVED, "x"), new Line(SAME, "a"), new Line(REMOVED, "b"),
                new Line(SAME, "c"), new Line(ADDED, "new"), new Line(SAME, "d"), new Line(ADDED, "end"));
    }

    @Test
    void emptySidesAreAllAddedOrAllRemoved() {
        assertThat(ParagraphDiff.diff(List.of(), List.of("a"))).containsExactly(new Line(ADDED, "a"));
        assertThat(ParagraphDiff.diff(List.of("a"), List.of())).containsExactly(new Line(REMOVED, "a"));
        assertThat(ParagraphDiff.diff(List.of(), List.of())).isEmpty();
    }

    @Test
    void aLocalEditInALongTextIsCheap() {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5000; i++) before.add("paragraph " + i);
        List<String> after = new ArrayList<>(before);
        after.set(2500, "changed");
        long t = System.nanoTime();
        List<Line> d = ParagraphDiff.diff(before, after);
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(500);
        assertThat(d.stream().filter(l -> l.op() != SAME)).containsExactly(new Line(REMOVED, "paragraph 2500"), new Line(ADDED, "changed"));
    }

    @Test
    void sameLinesUsedOnceCountTheLongestSubsequence() {
        List<Line> d = ParagraphDiff.diff(List.of("a", "b", "a"), List.of("b", "a", "b"));
        assertThat(d.stream().filter(l -> l.op() == SAME).count()).isEqualTo(2);
        assertThat(d.stream().filter(l -> l.op() != ADDED).map(Line::text)).containsExactly("a", "b", "a");
        assertThat(d.stream().filter(l -> l.op() != REMOVED).map(Line::text)).containsExactly("b", "a", "b");
    }

    @Test
    void changesAreShownWithOneParagraphOfContextAndGapsForTheRest() {
        List<String> before = List.of("a", "b", "c", "d", "e", "f", "g");
        List<String> after = List.of("a", "b", "c", "D", "e", "f", "g");
        List<Line> shown = ParagraphDiff.changesWithContext(ParagraphDiff.diff(before, after), 1);
        assertThat(shown).extracting(l -> l == null ? "gap" : l.op() + ":" + l.text())
                .containsExactly("gap", "SAME:c", "REMOVED:d", "ADDED:D", "SAME:e", "gap");
        assertThat(ParagraphDiff.changesWithContext(ParagraphDiff.diff(before, before), 1)).isEmpty();
    }
}
